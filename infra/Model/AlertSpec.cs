namespace Netra.Infra.Model;

/// <summary>
/// An alert policy. <see cref="Threshold"/> is a fixed value; <see cref="FractionOfMaxConnections"/> derives it
/// from the active profile's max_connections instead. <see cref="Runbook"/> is the step the page points to.
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
    decimal? FractionOfMaxConnections,
    int? RateLimitSeconds,
    string Runbook);
