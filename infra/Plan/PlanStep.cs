using Netra.Infra.Cost;
using Netra.Infra.Transitions;

namespace Netra.Infra.Plan;

/// <summary>
/// One `pulumi up` of a profile switch: the command, what it changes and disrupts, how long it may take, and what
/// the profile it leads to costs. <see cref="Declared"/> is false for a direct switch the runbook does not offer;
/// its <see cref="Hazards"/> say why.
/// </summary>
public sealed record PlanStep(
    string From,
    string To,
    bool Declared,
    string Command,
    IReadOnlyList<ResourceChange> Changes,
    IReadOnlyList<TransitionHazard> Hazards,
    StepDuration Duration,
    ProfileCost? FromCost,
    ProfileCost? ToCost)
{
    public Disruption Worst => Changes.Count == 0 ? Disruption.None : Changes.Max(c => c.Disruption);
}
