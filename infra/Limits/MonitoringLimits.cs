using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>
/// Cloud Monitoring and Logging rules for metrics and alert policies (@pulumi/gcp 9.37.0 monitoring/alertPolicy.d.ts
/// and logging/metric.d.ts; https://cloud.google.com/monitoring/api/ref_v3/rest/v3/projects.alertPolicies).
/// </summary>
public static partial class MonitoringLimits
{
    public static readonly TextChoice Severities = new(
        ["CRITICAL", "ERROR", "WARNING"],
        "@pulumi/gcp 9.37.0 monitoring AlertPolicy.severity");

    /// <summary>ALIGN_NEXT_OLDER keeps each series' latest point in the window: a checker's latest result (Aligner,
    /// https://cloud.google.com/monitoring/api/ref_v3/rest/v3/projects.alertPolicies).</summary>
    public static readonly TextChoice Aligners = new(
        [
        "ALIGN_DELTA", "ALIGN_RATE", "ALIGN_MEAN", "ALIGN_MAX", "ALIGN_MIN", "ALIGN_SUM", "ALIGN_COUNT",
        "ALIGN_PERCENTILE_99", "ALIGN_PERCENTILE_95", "ALIGN_PERCENTILE_50", "ALIGN_NEXT_OLDER",
    ],
        "Monitoring API v3 Aligner (the ones this program uses)");

    /// <summary>REDUCE_COUNT_FALSE counts the checkers whose latest result failed (Aligner/Reducer, Monitoring API v3).</summary>
    public static readonly TextChoice Reducers = new(
        ["REDUCE_SUM", "REDUCE_MEAN", "REDUCE_MAX", "REDUCE_MIN", "REDUCE_COUNT", "REDUCE_COUNT_FALSE"],
        "Monitoring API v3 Reducer (the ones this program uses)");

    /// <summary>The schema lists GT, GE, LT, LE, EQ and NE, but "The Cloud Monitoring API only supports `COMPARISON_LT` and
    /// `COMPARISON_GT` for metric-threshold conditions" (@pulumi/gcp 9.37.0 AlertPolicyConditionConditionThreshold.comparison).</summary>
    public static readonly TextChoice Comparisons = new(
        ["COMPARISON_GT", "COMPARISON_LT"],
        "@pulumi/gcp 9.37.0 AlertPolicyConditionConditionThreshold.comparison");

    /// <summary>What a threshold condition does when its data stops (AlertPolicyConditionConditionThreshold
    /// .evaluationMissingData): ACTIVE counts missing data as the condition met, which is how a database that stopped
    /// reporting `up` is seen as down.</summary>
    public static readonly TextChoice MissingDataModes = new(
        ["EVALUATION_MISSING_DATA_INACTIVE", "EVALUATION_MISSING_DATA_ACTIVE", "EVALUATION_MISSING_DATA_NO_OP"],
        "@pulumi/gcp 9.37.0 AlertPolicyConditionConditionThreshold.evaluationMissingData");

    /// <summary>Durations and alignment periods are whole minutes ("must be a multiple of 60 s").</summary>
    public const int DurationStepSeconds = 60;

    /// <summary>conditionThreshold.filter: a time-series filter, at most 2048 characters.</summary>
    public const int FilterMaxLength = 2048;

    /// <summary>Log-based metric names: up to 100 characters of A-Za-z0-9_-.,+!*'()%/, not starting with / (logging/metric.d.ts).</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_\-.,+!*'()%][A-Za-z0-9_\-.,+!*'()%/]{0,99}$")]
    public static partial Regex LogMetricName();

    /// <summary>A log-based metric's description: "at most 8000 characters" (magic-modules
    /// mmv1/products/logging/Metric.yaml, description).</summary>
    public const int LogMetricDescriptionMaxLength = 8000;

    /// <summary>"You can create up to 10 user-defined labels per metric"
    /// (https://cloud.google.com/logging/docs/logs-based-metrics/labels, "Limitations of user-defined labels").</summary>
    public const int LogMetricMaxLabels = 10;

    /// <summary>Label keys: "Does not exceed 100 characters. Matches the following regular expression:
    /// [a-zA-Z][a-zA-Z0-9_]*" (Monitoring API v3, LabelDescriptor.key).</summary>
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]{0,99}$")]
    public static partial Regex LabelKey();

    /// <summary>The log field a label is extracted from; the program wraps it in EXTRACT(…), one of the two extractor
    /// functions (magic-modules Metric.yaml, valueExtractor: "EXTRACT(field) or REGEXP_EXTRACT(field, regex)"). A field
    /// path is dotted names (resource.labels.service_name, httpRequest.status, jsonPayload.level).</summary>
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    public static partial Regex LogFieldPath();

    /// <summary>A policy's display name: "The name is limited to 512 Unicode characters" (Monitoring API v3,
    /// AlertPolicy.displayName; magic-modules mmv1/products/monitoring/AlertPolicy.yaml).</summary>
    public const int AlertDisplayNameMaxLength = 512;

    /// <summary>documentation.content "may not exceed 8,192 Unicode characters and may not exceed more than 10,240
    /// bytes when encoded in UTF-8 format, whichever is smaller" (AlertPolicy.yaml). The program adds the step's
    /// command and the conditions' notes to the runbook text; half of it is left for them.</summary>
    public const int RunbookMaxLength = 4096;

    /// <summary>"A policy can have from one to six conditions" (AlertPolicy.yaml, conditions).</summary>
    public const int MaxConditions = 6;

    /// <summary>Good enough to catch typos; the channel itself verifies the address.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")]
    public static partial Regex Email();

    /// <summary>Domains reserved for examples and tests (RFC 2606): an address there reaches nobody.</summary>
    public static bool IsPlaceholder(string email)
    {
        var domain = email[(email.LastIndexOf('@') + 1)..].ToLowerInvariant();
        return domain is "example.com" or "example.org" or "example.net" || domain.EndsWith(".example", StringComparison.Ordinal)
            || domain.EndsWith(".invalid", StringComparison.Ordinal) || domain.EndsWith(".test", StringComparison.Ordinal);
    }
}
