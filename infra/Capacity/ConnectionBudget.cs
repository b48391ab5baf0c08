using System.Globalization;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Capacity;

/// <summary>
/// The database connection budget of a profile: at full scale-out every instance of every service holds its
/// whole pool, and the reserve stays free for Cloud SQL's own sessions. The incident plans broke it
/// (20 instances × (50 + 50) against 100), which is how the database ran out of connections.
/// </summary>
public sealed record ConnectionBudget(IReadOnlyList<ConnectionBudget.Line> Lines, int Reserve, int MaxConnections)
{
    public int Demand => Lines.Sum(l => l.Connections) + Reserve;

    public bool Fits => Demand <= MaxConnections;

    /// <summary>`backend 8×(4+2)=48 + auth 3×(3+2)=15 + reserve 10 = 73 ≤ max_connections 100`.</summary>
    public string Summary
    {
        get
        {
            var parts = Lines.Select(l => $"{l.Service} {l.MaxInstances}×({l.Pool.Size}+{l.Pool.MaxOverflow})={l.Connections}")
                .Append($"reserve {Reserve}");
            return $"{string.Join(" + ", parts)} = {Demand} {(Fits ? "≤" : ">")} max_connections {MaxConnections}";
        }
    }

    public static ConnectionBudget For(EnvironmentSpec environment, ProfileSpec profile)
    {
        var lines = profile.Services
            .Where(s => s.Value.DatabasePool is not null)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new Line(s.Key, s.Value.MaxInstances, s.Value.DatabasePool!))
            .ToList();
        return new ConnectionBudget(lines, environment.Database.ConnectionReserve, MaxConnectionsOf(environment, profile));
    }

    /// <summary>The profile's max_connections flag, or, unset, the tier's default (the quotas table's value).</summary>
    public static int MaxConnectionsOf(EnvironmentSpec environment, ProfileSpec profile)
    {
        if (environment.DatabaseFlagsFor(profile).TryGetValue("max_connections", out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return CloudSqlTiers.MemoryMb(environment.Database.Tier) is { } memory ? CloudSqlTiers.DefaultMaxConnections(memory) : 0;
    }

    public sealed record Line(string Service, int MaxInstances, DatabasePool Pool)
    {
        public int Connections => MaxInstances * Pool.PerInstance;
    }
}
