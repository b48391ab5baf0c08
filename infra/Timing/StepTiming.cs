namespace Netra.Infra.Timing;

/// <summary>
/// How long one `up` may take, as upper bounds along critical paths. Pulumi runs an operation once every operation
/// it waits for is done, independent operations in parallel, and deletions last (after every create and update). So
/// the relief comes when the last serving change takes effect (<see cref="Relief"/>), and the `up` ends when the last
/// operation is seen done (<see cref="Whole"/>). A wait without a documented bound makes its paths unbounded.
/// </summary>
public sealed record StepTiming(Bound Engine, IReadOnlyList<TimedOperation> Operations, TimedPath Relief, TimedPath Whole)
{
    /// <summary>Whether anything serves differently after this step (otherwise it only prepares or cleans up).</summary>
    public bool ChangesServing => Operations.Any(o => o.Role == OperationRole.Serves);

    public static StepTiming Of(Bound engine, IReadOnlyList<TimedOperation> operations)
    {
        var graph = new Graph(operations);
        var serving = operations.Where(o => o.Role == OperationRole.Serves).ToList();
        var relief = serving.Count == 0 ? null : Latest(serving, graph.EffectiveAt);
        var last = operations.Count == 0 ? null : Latest(operations, graph.DoneAt);
        return new StepTiming(
            engine,
            operations,
            new TimedPath(engine, relief is null ? [] : graph.PathTo(relief, effectiveOnly: true)),
            new TimedPath(engine, last is null ? [] : graph.PathTo(last, effectiveOnly: false)));
    }

    /// <summary>The operation that ends last (an unbounded one first), the earliest declared among equals.</summary>
    private static TimedOperation Latest(IReadOnlyList<TimedOperation> candidates, Func<TimedOperation, int?> end) =>
        candidates.Aggregate((best, next) => Later(end(next), end(best)) ? next : best);

    /// <summary>Whether <paramref name="a"/> ends strictly after <paramref name="b"/>; null is no bound, so the latest.</summary>
    private static bool Later(int? a, int? b) => (a, b) switch
    {
        (null, null) => false,
        (null, _) => true,
        (_, null) => false,
        _ => a > b,
    };

    private static int? Max(int? a, int? b) => a is { } x && b is { } y ? Math.Max(x, y) : null;

    private sealed class Graph(IReadOnlyList<TimedOperation> operations)
    {
        private readonly Dictionary<string, TimedOperation> _byResource = operations.ToDictionary(o => o.Resource, StringComparer.Ordinal);
        private readonly Dictionary<string, int?> _done = new(StringComparer.Ordinal);

        /// <summary>What an operation waits for: the operations it names, and for a deletion every create and update.</summary>
        public IEnumerable<TimedOperation> Predecessors(TimedOperation operation)
        {
            var named = operation.WaitsFor.Where(_byResource.ContainsKey).Select(r => _byResource[r]);
            return operation.Role == OperationRole.CleansUp
                ? named.Concat(operations.Where(o => o.Role != OperationRole.CleansUp)).Distinct()
                : named.Where(o => o.Role != OperationRole.CleansUp);
        }

        public int? StartAt(TimedOperation operation) => Predecessors(operation).Aggregate((int?)0, (start, before) => Max(start, DoneAt(before)));

        public int? EffectiveAt(TimedOperation operation) => StartAt(operation) + operation.EffectiveSeconds;

        public int? DoneAt(TimedOperation operation)
        {
            if (!_done.TryGetValue(operation.Resource, out var done))
            {
                // A program's references form no cycle (Pulumi YAML refuses one); the guard keeps a bad input finite.
                _done[operation.Resource] = 0;
                done = StartAt(operation) + operation.DoneSeconds;
                _done[operation.Resource] = done;
            }

            return done;
        }

        /// <summary>The chain that ends with <paramref name="last"/>: each step the predecessor that is seen done latest.</summary>
        public IReadOnlyList<PathStep> PathTo(TimedOperation last, bool effectiveOnly)
        {
            var steps = new List<PathStep> { new(last, effectiveOnly ? last.EffectiveSeconds : last.DoneSeconds) };
            var visited = new HashSet<string>(StringComparer.Ordinal) { last.Resource };
            for (var current = last; Predecessors(current).ToList() is { Count: > 0 } before;)
            {
                current = Latest(before, DoneAt);
                if (!visited.Add(current.Resource))
                {
                    break;
                }

                steps.Add(new PathStep(current, current.DoneSeconds));
            }

            steps.Reverse();
            return steps;
        }
    }
}
