using System.Text.RegularExpressions;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// The Monitoring API's own rules, checked before anything is emitted: threshold filters name a metric type (a
/// log filter there is rejected), ratios are 0..1, durations are whole minutes, a log-match condition stands
/// alone with a notification rate limit and threshold conditions have none, comparisons are GT or LT; and, in their
/// own rules, where alerts go, the uptime checks, the noise, and how soon a CRITICAL alert must arrive.
/// </summary>
public static partial class ObservabilityRules
{
    public static void Check(ValidationContext context)
    {
        var observability = context.Environment.Observability;
        ChannelRules.Check(context);
        UptimeCheckRules.Check(context);
        ObservabilityLimitRules.Check(context);
        foreach (var (name, metric) in observability.LogMetrics)
        {
            var path = $"observability.logMetrics.{name}";
            if (!observability.Alerts.Values.Any(a => new[] { a.Filter, a.DenominatorFilter ?? "", a.Query ?? "" }.Any(f => f.Contains(metric.MetricType, StringComparison.Ordinal))))
            {
                // A metric nobody alerts on costs money and suggests a watch that does not exist.
                context.Error(DiagnosticCodes.LogMetric, path,
                    $"no alert reads {metric.MetricType}: give it an alert in observability.alerts (filter metric.type=\"{metric.MetricType}\"), or remove the metric");
            }

            if (!MonitoringLimits.LogMetricName().IsMatch(name))
            {
                context.Error(DiagnosticCodes.LogMetric, path, $"'{name}' is not a log-based metric name (up to 100 of A-Za-z0-9_-.,+!*'()%/, not starting with /)");
            }

            if (MetricType().IsMatch(metric.Filter))
            {
                context.Error(DiagnosticCodes.LogMetric, $"{path}.filter", "a log-based metric takes a log filter (e.g. resource.type=\"cloud_run_revision\" AND httpRequest.status=503), not a metric.type filter");
            }
        }

        foreach (var (name, alert) in observability.Alerts)
        {
            var path = $"observability.alerts.{name}";
            if (!context.IsBroken(path))
            {
                CheckAlert(context, path, alert, observability);
            }
        }

        AlertNoiseRules.Check(context);
        AlertDetectionRules.Check(context);
    }

    private static void CheckAlert(ValidationContext context, string path, AlertSpec alert, ObservabilitySpec observability)
    {
        if (!MonitoringLimits.Severities.Contains(alert.Severity))
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.severity", $"'{alert.Severity}' is not a severity (allowed: {string.Join(", ", MonitoringLimits.Severities)})");
        }

        if (alert.Step is { } step && !context.Environment.Transitions.Any(t => t.From == step.From && t.To == step.To))
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.step",
                $"{step.From} → {step.To} is not a runbook step (transitions: {string.Join(", ", context.Environment.Transitions.Select(t => $"{t.From} → {t.To}"))})");
        }

        if (alert.Condition == AlertCondition.LogMatch)
        {
            CheckLogMatch(context, path, alert);
            return;
        }

        if (alert.Condition == AlertCondition.PromQl)
        {
            CheckPromQl(context, path, alert);
            return;
        }

        if (alert.Generated)
        {
            CheckGenerated(context, path, alert);
            return;
        }

        if (!MonitoringLimits.Comparisons.Contains(alert.Comparison))
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.comparison",
                $"'{alert.Comparison}' is not a comparison the API takes for metric thresholds (allowed: {string.Join(", ", MonitoringLimits.Comparisons)})");
        }

        if (alert.MissingData is { } missing && !MonitoringLimits.MissingDataModes.Contains(missing))
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.missingData", $"'{missing}' is not a missing-data mode (allowed: {string.Join(", ", MonitoringLimits.MissingDataModes)})");
        }

        if (alert.RateLimitSeconds is not null)
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.rateLimitSeconds",
                "metric-threshold policies must not specify a notification rate limit (the API rejects it; chainguard-dev/terraform-infra-common#352); only log-match policies have one");
        }

        CheckMetricFilter(context, $"{path}.filter", alert.Filter, observability);
        if (MetricType().Match(alert.Filter) is { Success: true } metric)
        {
            AlertThresholdRules.Check(context, path, alert, metric.Groups["type"].Value);
            CheckThresholdSource(context, path, alert, metric.Groups["type"].Value);
        }

        if (alert.Condition == AlertCondition.Ratio)
        {
            if (alert.DenominatorFilter is null)
            {
                context.Error(DiagnosticCodes.AlertShape, $"{path}.denominatorFilter", "a ratio needs a denominator filter (otherwise it is a count, not a ratio)");
            }
            else
            {
                CheckMetricFilter(context, $"{path}.denominatorFilter", alert.DenominatorFilter, observability);
            }

            if (alert.Threshold is { } ratio && ratio is < 0 or >= 1)
            {
                context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                    $"{ratio} is out of range 0..1 (1 excluded): a ratio condition compares numerator/denominator, at most 1, so a threshold of 1 or more never fires, and 5% is 0.05, not 5");
            }
        }
        else if (alert.DenominatorFilter is not null)
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.denominatorFilter", "only a ratio condition has a denominator");
        }

        if ((alert.Threshold is null) == (alert.ThresholdFrom == ThresholdSource.Fixed))
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                alert.Threshold is null ? "give a threshold, or thresholdFrom: connectionBudget" : "thresholdFrom derives the threshold from the profile: remove threshold");
        }

        if (alert.MinimumDenominator is { } minimum)
        {
            if (alert.Condition != AlertCondition.Ratio)
            {
                context.Error(DiagnosticCodes.AlertShape, $"{path}.minimumDenominator", "only a ratio has a denominator whose volume can be required");
            }
            else if (minimum < 1)
            {
                context.Error(DiagnosticCodes.AlertNoise, $"{path}.minimumDenominator", $"{minimum} is out of range 1.. (a number of requests in the window)");
            }
            else if (alert.Aligner is not ("ALIGN_DELTA" or "ALIGN_SUM"))
            {
                context.Error(DiagnosticCodes.AlertNoise, $"{path}.minimumDenominator",
                    $"with {alert.Aligner} the denominator is not a count of requests in the window: align with ALIGN_DELTA, so that {minimum} means {minimum} requests");
            }
        }

        if (alert.Aligner is null || !MonitoringLimits.Aligners.Contains(alert.Aligner))
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.aligner", $"'{alert.Aligner}' is not an aligner this program uses (allowed: {string.Join(", ", MonitoringLimits.Aligners)})");
        }

        if (alert.Reducer is not null && !MonitoringLimits.Reducers.Contains(alert.Reducer))
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.reducer", $"'{alert.Reducer}' is not a reducer this program uses (allowed: {string.Join(", ", MonitoringLimits.Reducers)})");
        }

        if (alert.GroupBy.Count > 0 && alert.Reducer is null)
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.groupBy", "\"An aggregation cannot have group-by fields without a reducer\" (TPG#16366): set reducer");
        }

        Minutes(context, $"{path}.windowSeconds", alert.WindowSeconds, atLeastOne: true);
        Minutes(context, $"{path}.durationSeconds", alert.DurationSeconds, atLeastOne: false);
    }

    /// <summary>A generated connector condition takes its query from the profile: a window, and for throughput the
    /// fraction of each connector's ceiling; nothing else of a threshold's.</summary>
    private static void CheckGenerated(ValidationContext context, string path, AlertSpec alert)
    {
        foreach (var key in new[] { ("filter", alert.Filter.Length > 0), ("denominatorFilter", alert.DenominatorFilter is not null), ("aligner", alert.Aligner is not null), ("reducer", alert.Reducer is not null), ("query", alert.Query is not null), ("rateLimitSeconds", alert.RateLimitSeconds is not null), ("minimumDenominator", alert.MinimumDenominator is not null) })
        {
            if (key.Item2)
            {
                context.Error(DiagnosticCodes.AlertShape, $"{path}.{key.Item1}", "this condition's query is generated for each profile's connectors: give only its window (and, for throughput, the fraction of each connector's ceiling as threshold)");
            }
        }

        if (alert.Condition == AlertCondition.ConnectorThroughput && alert.Threshold is not ({ } fraction and > 0 and < 1))
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                $"{alert.Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"} is out of range 0..1, both excluded: the fraction of each connector's ceiling (its instances × Mbps per instance) above which it alerts, 0.8 for 80%");
        }
        else if (alert.Condition == AlertCondition.ConnectorReachedMaximum && alert.Threshold is not null)
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold", "each connector's maximum instances is its threshold: remove threshold");
        }

        Minutes(context, $"{path}.windowSeconds", alert.WindowSeconds, atLeastOne: true);
        Minutes(context, $"{path}.durationSeconds", alert.DurationSeconds, atLeastOne: false);
    }

    /// <summary>thresholdFrom: connectionBudget compares the instance's connections with the budget.</summary>
    private static void CheckThresholdSource(ValidationContext context, string path, AlertSpec alert, string metricType)
    {
        const string backends = "cloudsql.googleapis.com/database/postgresql/num_backends";
        if (alert.ThresholdFrom == ThresholdSource.ConnectionBudget && (metricType != backends || alert.Condition != AlertCondition.Threshold))
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.thresholdFrom",
                $"thresholdFrom: connectionBudget compares the instance's connections: a threshold condition on metric.type=\"{backends}\"");
        }
    }

    /// <summary>A PromQL condition carries its threshold in its query: no filter, aggregation or threshold of its own.</summary>
    private static void CheckPromQl(ValidationContext context, string path, AlertSpec alert)
    {
        foreach (var key in new[] { ("filter", alert.Filter.Length > 0), ("denominatorFilter", alert.DenominatorFilter is not null), ("aligner", alert.Aligner is not null), ("threshold", alert.Threshold is not null), ("rateLimitSeconds", alert.RateLimitSeconds is not null) })
        {
            if (key.Item2)
            {
                context.Error(DiagnosticCodes.AlertShape, $"{path}.{key.Item1}", "a promql condition is its query alone: the comparison belongs in the query (e.g. `… > 1`)");
            }
        }

        if (!PromQlMetric().IsMatch(alert.Query ?? ""))
        {
            context.Error(DiagnosticCodes.AlertFilter, $"{path}.query",
                "the query names no Cloud Monitoring metric in PromQL form (domain_googleapis_com:metric_path, https://cloud.google.com/monitoring/promql/promql-mapping)");
        }

        Minutes(context, $"{path}.durationSeconds", alert.DurationSeconds, atLeastOne: false);
    }

    private static void CheckLogMatch(ValidationContext context, string path, AlertSpec alert)
    {
        if (MetricType().IsMatch(alert.Filter))
        {
            context.Error(DiagnosticCodes.AlertFilter, $"{path}.filter", "a log-match condition takes a log filter, not a metric.type filter");
        }

        if (alert.RateLimitSeconds is null)
        {
            context.Error(DiagnosticCodes.AlertShape, $"{path}.rateLimitSeconds",
                "a log-match policy requires a notification rate limit (alertStrategy.notificationRateLimit; chainguard-dev/terraform-infra-common#135)");
        }
        else
        {
            Minutes(context, $"{path}.rateLimitSeconds", alert.RateLimitSeconds.Value, atLeastOne: true);
        }

        foreach (var key in new[] { ("denominatorFilter", alert.DenominatorFilter is not null), ("aligner", alert.Aligner is not null), ("threshold", alert.Threshold is not null) })
        {
            if (key.Item2)
            {
                context.Error(DiagnosticCodes.AlertShape, $"{path}.{key.Item1}",
                    "a log-match condition must be the policy's only condition (\"Alert policies with a log matching condition can only have a single condition\"); it has no metric aggregation or threshold");
            }
        }
    }

    private static void CheckMetricFilter(ValidationContext context, string path, string filter, ObservabilitySpec observability)
    {
        var type = MetricType().Match(filter);
        if (!type.Success)
        {
            context.Error(DiagnosticCodes.AlertFilter, path,
                "a threshold condition takes a time-series filter naming metric.type=\"…\", not a log filter: create a log-based metric and filter on metric.type=\"logging.googleapis.com/user/<name>\", or use a log-match condition");
            return;
        }

        if (!filter.Contains("resource.type", StringComparison.Ordinal))
        {
            context.Error(DiagnosticCodes.AlertFilter, path, "the filter must restrict resource.type (TPG#7179)");
        }

        if (filter.Length > MonitoringLimits.FilterMaxLength)
        {
            context.Error(DiagnosticCodes.AlertFilter, path, $"{filter.Length} characters; a filter has at most {MonitoringLimits.FilterMaxLength}");
        }

        const string userPrefix = "logging.googleapis.com/user/";
        var metricType = type.Groups["type"].Value;
        if (metricType.StartsWith(userPrefix, StringComparison.Ordinal) && !observability.LogMetrics.ContainsKey(metricType[userPrefix.Length..]))
        {
            context.Error(DiagnosticCodes.AlertFilter, path, $"log-based metric '{metricType[userPrefix.Length..]}' is not in observability.logMetrics");
        }
    }

    private static void Minutes(ValidationContext context, string path, int seconds, bool atLeastOne)
    {
        if (seconds < (atLeastOne ? MonitoringLimits.DurationStepSeconds : 0) || seconds % MonitoringLimits.DurationStepSeconds != 0)
        {
            context.Error(DiagnosticCodes.AlertTiming, path, $"{seconds} is not a whole number of minutes{(atLeastOne ? " of at least 60" : "")} (the API takes multiples of 60 s)");
        }
    }

    [GeneratedRegex("metric\\.type\\s*=\\s*\"(?<type>[^\"]+)\"")]
    private static partial Regex MetricType();

    /// <summary>A metric type in PromQL: the first `/` becomes `:`, other specials `_` (run_googleapis_com:request_count).</summary>
    [GeneratedRegex(@"[a-z0-9_]+_googleapis_com:[a-z0-9_]+")]
    private static partial Regex PromQlMetric();
}
