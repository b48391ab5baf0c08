using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Timing;
using Netra.Infra.Transitions;

namespace Netra.Infra.Plan;

/// <summary>
/// One `pulumi up` of a profile switch: the command, what it changes and disrupts, how long until relief and until
/// done, the database connections at its worst moment, and what the profile it leads to costs. <see cref="Transition"/>
/// is the runbook's step, or null for a direct switch the runbook does not offer; its <see cref="Hazards"/> say why.
/// <see cref="Preconditions"/>: the one-time steps the runbook step waits for (its `after`), done or not.
/// </summary>
public sealed record PlanStep(
    string From,
    string To,
    TransitionSpec? Transition,
    string Command,
    StepAnalysis Analysis,
    IReadOnlyList<TransitionHazard> Hazards,
    ProfileCost? FromCost,
    ProfileCost? ToCost,
    IReadOnlyList<TransitionPrecondition>? Requires = null)
{
    public IReadOnlyList<TransitionPrecondition> Preconditions => Requires ?? [];

    /// <summary>The preconditions still to make before this step may be taken.</summary>
    public IReadOnlyList<TransitionPrecondition> Unmet => Preconditions.Where(p => !p.Done).ToList();

    public bool Declared => Transition is not null;

    public IReadOnlyList<ResourceChange> Changes => Analysis.Changes;

    public StepTiming Timing => Analysis.Timing;

    public Disruption Worst => Changes.Count == 0 ? Disruption.None : Changes.Max(c => c.Disruption);
}
