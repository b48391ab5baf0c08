using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// One condition of an alert policy as a profile runs it: its kind, filter (and a ratio's denominator) or generated
/// PromQL query, its threshold and comparison, and a note saying why.
/// </summary>
public sealed record AlertConditionInstance(
    string DisplayName,
    AlertCondition Kind,
    string Filter,
    decimal Threshold,
    string Note,
    string Comparison = "COMPARISON_GT",
    string? DenominatorFilter = null,
    string? Query = null);
