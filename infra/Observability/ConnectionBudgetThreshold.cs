using System.Runtime.CompilerServices;
using Netra.Infra.Capacity;
using Netra.Infra.Model;
using Netra.Infra.Plan;

namespace Netra.Infra.Observability;

/// <summary>
/// The most database connections the design holds in a profile: the worst moment of any rollout in it
/// (SwitchConnections.Rollout) and of every runbook step into or out of it, an incident step counting what the step
/// before it may have left draining (DrainingRevisions), as the plan and NETRA706 count them. The connections alert
/// fires above it: more than that is something outside the budget (a third live revision, a pool larger than the
/// data says, a person's sessions), not a rollout or a switch the runbook offers.
/// </summary>
public static class ConnectionBudgetThreshold
{
    public sealed record Threshold(int Connections, int MaxConnections, string Worst);

    // Computed once per environment: the steps' programs are built without observability, so the alert's own
    // threshold never depends on itself, and building every profile's program stays cheap.
    private static readonly ConditionalWeakTable<EnvironmentSpec, Dictionary<string, Threshold>> Cache = new();

    public static Threshold For(EnvironmentSpec environment, ProfileSpec profile)
    {
        var known = Cache.GetValue(environment, _ => new Dictionary<string, Threshold>(StringComparer.Ordinal));
        lock (known)
        {
            if (!known.TryGetValue(profile.Name, out var threshold))
            {
                known[profile.Name] = threshold = Compute(environment, profile);
            }

            return threshold;
        }
    }

    private static Threshold Compute(EnvironmentSpec environment, ProfileSpec profile)
    {
        var bare = environment with { Observability = ObservabilitySpec.None };
        var programs = new ProgramCache(bare);
        var candidates = profile.Services
            .Where(s => s.Value.DatabasePool is not null)
            .Select(s => (Connections: SwitchConnections.Rollout(bare, profile, s.Key), Label: $"a rollout of {s.Key}"))
            .ToList();
        foreach (var step in bare.Transitions.Where(t => (t.From == profile.Name || t.To == profile.Name) && bare.Profiles.ContainsKey(t.From) && bare.Profiles.ContainsKey(t.To)))
        {
            var (from, to) = (bare.Profiles[step.From], bare.Profiles[step.To]);
            var draining = step.Incident ? DrainingRevisions.Before(bare, step.From, programs.Of) : null;
            var analysis = StepAnalysis.Of(bare, from, to, programs.Of(from), programs.Of(to), draining);
            candidates.Add((analysis.Connections, $"the step {step.From} → {step.To}"));
        }

        var maxConnections = ConnectionBudget.MaxConnectionsOf(environment, profile);
        if (candidates.Count == 0)
        {
            var budget = ConnectionBudget.For(environment, profile);
            return new Threshold(budget.Demand, maxConnections, $"the profile at full scale-out: {budget.Summary}");
        }

        var worst = candidates.MaxBy(c => c.Connections.Demand);
        return new Threshold(worst.Connections.Demand, maxConnections, $"{worst.Label} at its worst moment: {worst.Connections.Summary}");
    }
}
