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
        var steps = pairs.Select(pair => Step(root, environment, pair.From, pair.To, pair.Transition, prices, programs)).ToList();

        // The other routes out of the same outage, planned the same way, when this switch is one of them.
        IReadOnlyList<PlanStep>? routes = null;
        if (steps is [{ Transition.Relieves: { } outage } only])
        {
            routes = environment.Transitions
                .Where(t => t.From == only.From && t.Relieves == outage)
                .Select(t => t.To == only.To ? only : Step(root, environment, t.From, t.To, t, prices, programs))
                .ToList();
        }

        return new SwitchPlan(environment.Name, from, to, steps, prices, routes is { Count: > 1 } ? routes : null);
    }

    private static PlanStep Step(string root, EnvironmentSpec environment, string from, string to, TransitionSpec? transition, PriceTable? prices, ProgramCache programs)
    {
        var (before, after) = (environment.Profiles[from], environment.Profiles[to]);
        return new PlanStep(
            from,
            to,
            transition,
            // A runbook step runs through `switch`; a switch the runbook does not offer (shown with its hazards) is
            // refused by `switch`, so its plan names the bare pulumi command.
            transition is null
                ? ProfileFiles.PulumiCommand(root, "up", environment.Name, to, RunTimeRevisions.PinnedRoles(after).Count > 0)
                : ProfileFiles.SwitchCommand(environment.Name, to, RunTimeRevisions.PinnedRoles(after).Count > 0),
            StepAnalysis.Of(environment, before, after, programs.Of(before), programs.Of(after),
                transition is { Incident: true } ? Capacity.DrainingRevisions.Before(environment, from, programs.Of) : null),
            TransitionHazards.Between(environment, before, after),
            prices is null ? null : CostModel.For(environment, before, prices),
            prices is null ? null : CostModel.For(environment, after, prices),
            transition is null ? null : TransitionPreconditions.Of(environment, transition));
    }
}
