using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Resources;
using Netra.Infra.Transitions;

namespace Netra.Infra.Plan;

/// <summary>
/// Plans a switch between two profiles of a validated environment: the runbook's route when it has one (each step
/// its own `pulumi up`), or the direct switch with its hazards when it has none.
/// </summary>
public static class SwitchPlanner
{
    public static SwitchPlan Build(string root, EnvironmentSpec environment, string from, string to, PriceTable? prices)
    {
        var route = TransitionRoutes.Find(environment.Transitions, from, to);
        var pairs = route is { Count: > 0 }
            ? route.Select(s => (s.From, s.To, Transition: (TransitionSpec?)s)).ToList()
            : [(from, to, Transition: null)];
        var programs = new ProgramCache(environment);
        var steps = pairs.Select(pair =>
        {
            var (before, after) = (environment.Profiles[pair.From], environment.Profiles[pair.To]);
            return new PlanStep(
                pair.From,
                pair.To,
                pair.Transition,
                ProfileFiles.PulumiCommand(root, "up", environment.Name, pair.To, RunTimeRevisions.PinnedRoles(after).Count > 0),
                StepAnalysis.Of(environment, before, after, programs.Of(before), programs.Of(after)),
                TransitionHazards.Between(environment, before, after),
                prices is null ? null : CostModel.For(environment, before, prices),
                prices is null ? null : CostModel.For(environment, after, prices));
        }).ToList();
        return new SwitchPlan(environment.Name, from, to, steps, prices);
    }
}
