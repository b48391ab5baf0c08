using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads `observability`: notification emails, log-based metrics and alert policies.</summary>
public static class ObservabilityReader
{
    public static ObservabilitySpec Read(YamlMap? map, HashSet<string> broken)
    {
        if (map is null)
        {
            return ObservabilitySpec.None;
        }

        var metrics = new Dictionary<string, LogMetricSpec>(StringComparer.Ordinal);
        foreach (var (name, metric) in map.Map("logMetrics")?.MapEntries() ?? [])
        {
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (label, field) in metric.Map("labels")?.ScalarEntries() ?? [])
            {
                labels[label] = field;
            }

            metrics[name] = new LogMetricSpec(name, metric.String("description", required: true) ?? "", metric.String("filter", required: true) ?? "", labels);
            metric.RejectUnknownKeys();
        }

        var alerts = new Dictionary<string, AlertSpec>(StringComparer.Ordinal);
        foreach (var (name, alert) in map.Map("alerts")?.MapEntries() ?? [])
        {
            var before = alert.FindingCount;
            alerts[name] = ReadAlert(name, alert);
            alert.MarkBrokenSince(before, broken);
        }

        var spec = new ObservabilitySpec(
            map.Bool("production", required: true) ?? true,
            map.StringList("notificationEmails", required: true) ?? [],
            map.Int("metricPropagationSeconds", required: true) ?? 0,
            metrics,
            alerts);
        map.RejectUnknownKeys();
        return spec;
    }

    private static AlertSpec ReadAlert(string name, YamlMap map)
    {
        var conditionText = map.String("condition", required: true);
        var condition = conditionText switch
        {
            "threshold" => AlertCondition.Threshold,
            "ratio" => AlertCondition.Ratio,
            "log-match" => AlertCondition.LogMatch,
            null => AlertCondition.Threshold,
            _ => Invalid(map, conditionText),
        };
        var spec = new AlertSpec(
            name,
            map.String("displayName", required: true) ?? "",
            map.String("severity", required: true) ?? "",
            condition,
            map.String("filter", required: true) ?? "",
            map.String("denominatorFilter"),
            map.String("aligner"),
            map.String("reducer"),
            map.StringList("groupBy") ?? [],
            map.Int("windowSeconds") ?? 0,
            map.Int("durationSeconds") ?? 0,
            Decimal(map, "threshold"),
            Decimal(map, "fractionOfMaxConnections"),
            map.Int("rateLimitSeconds"),
            map.String("runbook", required: true) ?? "");
        map.RejectUnknownKeys();
        return spec;
    }

    private static decimal? Decimal(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        map.Diagnostics.Error(DiagnosticCodes.WrongType, map.File, map.KeyPath(key), $"'{text}' is not a number");
        return null;
    }

    private static AlertCondition Invalid(YamlMap map, string text)
    {
        map.Diagnostics.Error(DiagnosticCodes.AlertShape, map.File, map.KeyPath("condition"), $"'{text}' is not a condition kind (allowed: threshold, ratio, log-match)");
        return AlertCondition.Threshold;
    }
}
