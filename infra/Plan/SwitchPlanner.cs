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
            ? route.Select(s => (s.From, s.To, Declared: true)).ToList()
            : [(from, to, Declared: false)];
        var programs = new Dictionary<string, ProgramDeclaration>(StringComparer.Ordinal);
        ProgramDeclaration Program(string profile) =>
            programs.TryGetValue(profile, out var program)
                ? program
                : programs[profile] = StackProgram.Build(new Deployment(environment, environment.Profiles[profile], false));

        var steps = pairs.Select(pair =>
        {
            var changes = ProfileDiff.Between(Program(pair.From), Program(pair.To));
            return new PlanStep(
                pair.From,
                pair.To,
                pair.Declared,
                ProfileFiles.PulumiCommand(root, "up", environment.Name, pair.To),
                changes,
                TransitionHazards.Between(environment, environment.Profiles[pair.From], environment.Profiles[pair.To]),
                StepDuration.Of(environment, changes),
                prices is null ? null : CostModel.For(environment, environment.Profiles[pair.From], prices),
                prices is null ? null : CostModel.For(environment, environment.Profiles[pair.To], prices));
        }).ToList();
        return new SwitchPlan(environment.Name, from, to, steps, prices);
    }
}
