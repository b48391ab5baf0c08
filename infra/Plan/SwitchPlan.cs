using Netra.Infra.Cost;

namespace Netra.Infra.Plan;

/// <summary>A profile switch as the steps to run, in order; one step when the runbook goes there directly.</summary>
public sealed record SwitchPlan(string Environment, string From, string To, IReadOnlyList<PlanStep> Steps, PriceTable? Prices)
{
    public ProfileCost? FromCost => Steps.Count == 0 ? null : Steps[0].FromCost;

    public ProfileCost? ToCost => Steps.Count == 0 ? null : Steps[^1].ToCost;

    public int UpperBoundSeconds => Steps.Sum(s => s.Duration.UpperBoundSeconds);
}
