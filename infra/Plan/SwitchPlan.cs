using Netra.Infra.Cost;

namespace Netra.Infra.Plan;

/// <summary>
/// A profile switch as the steps to run, in order; one step when the runbook goes there directly. When that step is
/// one of several routes out of the same outage, <see cref="Routes"/> holds each of them (this one included), planned
/// alike, so that the person on call can choose.
/// </summary>
public sealed record SwitchPlan(string Environment, string From, string To, IReadOnlyList<PlanStep> Steps, PriceTable? Prices, IReadOnlyList<PlanStep>? Routes = null)
{
    public ProfileCost? FromCost => Steps.Count == 0 ? null : Steps[0].FromCost;

    public ProfileCost? ToCost => Steps.Count == 0 ? null : Steps[^1].ToCost;

    /// <summary>The whole switch, every `up` one after the other; null when a step has no upper bound.</summary>
    public int? UpperBoundSeconds => Steps.Aggregate((int?)0, (total, step) => total + step.Timing.Whole.Seconds);
}
