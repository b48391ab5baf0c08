using Netra.Infra.Capacity;

namespace Netra.Infra.Switch;

/// <summary>
/// The database connections at the worst moment of a step that pins a revision, counted with the pools that revision
/// was deployed with, not the profile's: the revision serving now drains while the pinned one takes the traffic, so
/// both hold their pools at once. Refused when that exceeds max_connections, with the arithmetic.
/// </summary>
public static class PinnedRevisionBudget
{
    public sealed record Result(int Demand, int MaxConnections, string Summary)
    {
        public bool Fits => Demand <= MaxConnections;
    }

    /// <param name="planned">The step's offline worst moment (the profile's declared pools on both sides).</param>
    /// <param name="role">The service whose revision is pinned.</param>
    public static Result? For(SwitchConnections planned, string role, RevisionPools pinned)
    {
        if (pinned.Connections is not { } pinnedConnections)
        {
            return null;
        }

        var parts = new List<string>();
        var demand = planned.Reserve;
        foreach (var line in planned.Lines)
        {
            if (line.Service == role)
            {
                demand += line.From.MaxConnections + pinnedConnections;
                parts.Add($"{line.Service} serving now {Pool(line.From)} + pinned {pinned.Text}");
            }
            else if (line.Connections > 0)
            {
                demand += line.Connections;
                parts.Add(line.Text);
            }
        }

        parts.Add($"reserve {planned.Reserve}");
        var fits = demand <= planned.MaxConnections;
        return new Result(demand, planned.MaxConnections, $"{string.Join(" + ", parts)} = {demand} {(fits ? "≤" : ">")} max_connections {planned.MaxConnections}");
    }

    private static string Pool(Model.ServiceCapacity capacity) => capacity.DatabasePool is { } pool
        ? $"{capacity.MaxInstances}×({pool.Size}+{pool.MaxOverflow})={capacity.MaxConnections}"
        : "0";
}
