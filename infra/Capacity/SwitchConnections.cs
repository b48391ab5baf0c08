using Netra.Infra.Model;

namespace Netra.Infra.Capacity;

/// <summary>
/// The database connections at the worst moment of a switch between two profiles (or of a rollout within one).
/// A service whose serving revision changes holds both revisions' pools until the old one drains: in-flight
/// requests on it "will continue to completion" (https://cloud.google.com/run/docs/rollouts-rollbacks-traffic-migration),
/// WebSockets included, up to the request timeout (https://cloud.google.com/run/docs/triggering/websockets). So at
/// worst the old revision is still at its full scale-out while the new one reaches its own. A service whose
/// revision stays holds the larger of its two sizes (instances above a lowered maximum drain the same way).
/// </summary>
public sealed record SwitchConnections(IReadOnlyList<SwitchConnections.Line> Lines, int Reserve, int MaxConnections)
{
    public int Demand => Lines.Sum(l => l.Connections) + Reserve;

    public bool Fits => Demand <= MaxConnections;

    /// <summary>`backend 6×(4+1)=30 old + 6×(4+1)=30 new + auth 4×(3+2)=20 + reserve 10 = 90 ≤ max_connections 100`.</summary>
    public string Summary =>
        $"{string.Join(" + ", Lines.Where(l => l.Connections > 0).Select(l => l.Text).Append($"reserve {Reserve}"))} = {Demand} {(Fits ? "≤" : ">")} max_connections {MaxConnections}";

    /// <param name="newRevisions">The services whose serving revision changes (a new revision, or traffic moved).</param>
    /// <param name="draining">For an incident step, the revisions the incident step before it may have left draining
    /// (DrainingRevisions), which hold their pools beside everything else.</param>
    public static SwitchConnections For(EnvironmentSpec environment, ProfileSpec from, ProfileSpec to, IReadOnlySet<string> newRevisions,
        IReadOnlyDictionary<string, DrainingRevisions.Draining>? draining = null)
    {
        var lines = from.Services.Keys.Intersect(to.Services.Keys)
            .Order(StringComparer.Ordinal)
            .Select(role => new Line(role, from.Services[role], to.Services[role], newRevisions.Contains(role), draining?.GetValueOrDefault(role)))
            .ToList();
        return new SwitchConnections(lines, environment.Database.ConnectionReserve,
            Math.Min(ConnectionBudget.MaxConnectionsOf(environment, from), ConnectionBudget.MaxConnectionsOf(environment, to)));
    }

    /// <summary>A rollout of one service within a profile: a deploy, or any change of its template.</summary>
    public static SwitchConnections Rollout(EnvironmentSpec environment, ProfileSpec profile, string role) =>
        For(environment, profile, profile, new HashSet<string>(StringComparer.Ordinal) { role });

    public sealed record Line(string Service, ServiceCapacity From, ServiceCapacity To, bool BothHold, DrainingRevisions.Draining? Draining = null)
    {
        public int Connections => (BothHold ? From.MaxConnections + To.MaxConnections : Math.Max(From.MaxConnections, To.MaxConnections))
            + (Draining?.Capacity.MaxConnections ?? 0);

        public string Text => (Draining is { } left && left.Capacity.MaxConnections > 0 ? $"{Service} {Pool(left.Capacity)} still draining from {left.Step.From} → {left.Step.To} + " : $"{Service} ")
            + (BothHold ? $"{Pool(From)} old + {Pool(To)} new" : Pool(From.MaxConnections >= To.MaxConnections ? From : To));

        private static string Pool(ServiceCapacity capacity) => capacity.DatabasePool is { } pool
            ? $"{capacity.MaxInstances}×({pool.Size}+{pool.MaxOverflow})={capacity.MaxConnections}"
            : "0";
    }
}
