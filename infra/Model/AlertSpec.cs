namespace Netra.Infra.Model;

/// <summary>
/// An alert policy. <see cref="Threshold"/> is a fixed value; <see cref="FractionOfMaxConnections"/> derives it
/// from the active profile's max_connections, and <see cref="AtConnectorMaxInstances"/> makes one condition per
/// connector of the profile, at its own maximum. <see cref="Query"/> is a PromQL condition's query.
/// <see cref="Runbook"/> is what the page asks for; <see cref="Step"/> the runbook step it leads to, if any.
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
    string Runbook,
    string? Query = null,
    bool AtConnectorMaxInstances = false,
    TransitionSpec? Step = null);
