namespace Netra.Infra.Model;

/// <summary>
/// An alert policy. <see cref="Threshold"/> is a fixed value, or for <see cref="ThresholdFrom"/> ConnectionBudget derived
/// from the active profile; for a ConnectorThroughput condition it is the fraction of each connector's ceiling.
/// <see cref="Comparison"/> is GT or LT. A ratio's <see cref="MinimumDenominator"/> is the volume below which it never
/// fires (one 503 in ten requests is not an outage). <see cref="MissingData"/> is how a threshold condition treats data
/// that stopped. <see cref="Query"/> is a PromQL condition's query. <see cref="Runbook"/> is what the page asks for;
/// <see cref="Step"/> the runbook step it leads to, if any.
/// </summary>
public sealed record AlertSpec(
    string Name,
    string DisplayName,
    string Severity,
    AlertCondition Condition,
    string Filter,
    string? DenominatorFilter,
    string? Aligner,
    string? Reducer,
    IReadOnlyList<string> GroupBy,
    int WindowSeconds,
    int DurationSeconds,
    decimal? Threshold,
    int? RateLimitSeconds,
    string Runbook,
    string? Query = null,
    TransitionSpec? Step = null,
    ThresholdSource ThresholdFrom = ThresholdSource.Fixed,
    string Comparison = "COMPARISON_GT",
    int? MinimumDenominator = null,
    string? MissingData = null)
{
    /// <summary>Conditions the program generates for the profile (no filter or query in the data).</summary>
    public bool Generated => Condition is AlertCondition.ConnectorReachedMaximum or AlertCondition.ConnectorThroughput;
}
