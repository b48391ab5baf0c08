using Netra.Infra.Model;

namespace Netra.Infra.Transitions;

/// <summary>The runbook's steps as a graph: the shortest way from one profile to another.</summary>
public static class TransitionRoutes
{
    /// <summary>The steps from <paramref name="from"/> to <paramref name="to"/> by the fewest declared transitions
    /// (the earliest declared first among equals), or null when the transitions do not connect them.</summary>
    public static IReadOnlyList<TransitionSpec>? Find(IReadOnlyList<TransitionSpec> transitions, string from, string to)
    {
        if (from == to)
        {
            return [];
        }

        var cameBy = new Dictionary<string, TransitionSpec>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var step in transitions.Where(t => t.From == current && visited.Add(t.To)))
            {
                cameBy[step.To] = step;
                if (step.To == to)
                {
                    return Unwind(cameBy, from, to);
                }

                queue.Enqueue(step.To);
            }
        }

        return null;
    }

    private static List<TransitionSpec> Unwind(Dictionary<string, TransitionSpec> cameBy, string from, string to)
    {
        var steps = new List<TransitionSpec>();
        for (var at = to; at != from; at = cameBy[at].From)
        {
            steps.Add(cameBy[at]);
        }

        steps.Reverse();
        return steps;
    }
}
