namespace Netra.Infra.Timing;

/// <summary>
/// The chain of waits that decides how long something takes: Pulumi's own work first (<see cref="Engine"/>), then
/// each operation that waits for the one before it. <see cref="Seconds"/> is their sum, null when one of them has no
/// upper bound.
/// </summary>
public sealed record TimedPath(Bound Engine, IReadOnlyList<PathStep> Steps)
{
    public int? Seconds => Steps.Aggregate((int?)Engine.Seconds, (total, step) => total + step.Seconds);

    /// <summary>The wait after which the path is first past <paramref name="budgetSeconds"/> (or has no bound): the
    /// one that breaks the budget, null for Pulumi's own work; <see cref="Fits"/> when nothing does.</summary>
    public (bool Fits, PathStep? Breaker) Within(int budgetSeconds)
    {
        if (Engine.Seconds > budgetSeconds)
        {
            return (false, null);
        }

        var total = Engine.Seconds;
        foreach (var step in Steps)
        {
            if (step.Seconds is not { } seconds || (total += seconds) > budgetSeconds)
            {
                return (false, step);
            }
        }

        return (true, null);
    }

    /// <summary>`Pulumi's refreshes and preview 45 s (inferred) → backend-service new revision: …`.</summary>
    public string Text => string.Join(" → ", Steps.Select(s => s.Text).Prepend(Engine.Text));
}
