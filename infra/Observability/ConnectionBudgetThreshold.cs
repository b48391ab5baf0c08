using System.Runtime.CompilerServices;
using Netra.Infra.Capacity;
using Netra.Infra.Model;
using Netra.Infra.Plan;

namespace Netra.Infra.Observability;

/// <summary>
/// The most database connections the services' pools hold by design: the worst moment of any rollout in any profile
/// (SwitchConnections.Rollout) and of every runbook step, an incident step counting what the step before it may have
/// left draining (DrainingRevisions), as the plan and NETRA706 count them, without the reserve. The reserve is the room
/// the budget keeps for connections that are not the services' (Cloud SQL's own sessions, a person with psql), so above
/// the pools' worst moment the reserve is in use or something outside the budget holds connections (a third live
/// revision, a pool larger than the data says). One figure for every profile: a switch never changes an alert policy, so
/// no incident step can fail on one.
/// </summary>
public static class ConnectionBudgetThreshold
{
    /// <param name="Connections">The pools' most, the threshold.</param>
    /// <param name="MaxConnections">The smallest max_connections of any profile.</param>
    /// <param name="Worst">Where the most comes from, with its arithmetic.</param>
    public sealed record Threshold(int Connections, int MaxConnections, string Worst);

    // Computed once per environment: the steps' programs are built without observability, so the alert's own threshold
    // never depends on itself.
    private static readonly ConditionalWeakTable<EnvironmentSpec, Threshold> Cache = new();

    public static Threshold For(EnvironmentSpec environment) => Cache.GetValue(environment, Compute);

    private static Threshold Compute(EnvironmentSpec environment)
    {
        var bare = environment with { Observability = ObservabilitySpec.None };
        var programs = new ProgramCache(bare);
        var candidates = bare.Profiles.Values
            .SelectMany(profile => profile.Services.Where(s => s.Value.DatabasePool is not null)
                .Select(s => (Connections: SwitchConnections.Rollout(bare, profile, s.Key), Label: $"a rollout of {s.Key} in {profile.Name}")))
            .ToList();
        foreach (var step in bare.Transitions.Where(t => bare.Profiles.ContainsKey(t.From) && bare.Profiles.ContainsKey(t.To)))
        {
            var (from, to) = (bare.Profiles[step.From], bare.Profiles[step.To]);
            var draining = step.Incident ? DrainingRevisions.Before(bare, step.From, programs.Of) : null;
            candidates.Add((StepAnalysis.Of(bare, from, to, programs.Of(from), programs.Of(to), draining).Connections, $"the step {step.From} → {step.To}"));
        }

        var maxConnections = bare.Profiles.Values.Select(p => ConnectionBudget.MaxConnectionsOf(bare, p)).DefaultIfEmpty(0).Min();
        if (candidates.Count == 0)
        {
            return new Threshold(0, maxConnections, "no service holds a pool");
        }

        var worst = candidates.MaxBy(c => c.Connections.Demand - c.Connections.Reserve);
        var pools = worst.Connections.Demand - worst.Connections.Reserve;
        return new Threshold(pools, maxConnections, $"{worst.Label} at its worst moment, {worst.Connections.Summary}, less the reserve's {worst.Connections.Reserve}");
    }
}
