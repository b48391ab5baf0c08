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

        map.Misplaced("production", "every environment pages a real address now, so there is no production switch: remove it");
        var spec = new ObservabilitySpec(
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
            "promql" => AlertCondition.PromQl,
            null => AlertCondition.Threshold,
            _ => Invalid(map, conditionText),
        };
        var spec = new AlertSpec(
            name,
            map.String("displayName", required: true) ?? "",
            map.String("severity", required: true) ?? "",
            condition,
            map.String("filter", required: condition != AlertCondition.PromQl) ?? "",
            map.String("denominatorFilter"),
            map.String("aligner"),
            map.String("reducer"),
            map.StringList("groupBy") ?? [],
            map.Int("windowSeconds") ?? 0,
            map.Int("durationSeconds") ?? 0,
            Decimal(map, "threshold"),
            Decimal(map, "fractionOfMaxConnections"),
            map.Int("rateLimitSeconds"),
            map.String("runbook", required: true) ?? "",
            map.String("query", required: condition == AlertCondition.PromQl),
            ReadThresholdFrom(map),
            ReadStep(map));
        map.RejectUnknownKeys();
        return spec;
    }

    /// <summary>`thresholdFrom: connectorMaxInstances`: one condition per connector, at that connector's maximum.</summary>
    private static bool ReadThresholdFrom(YamlMap map)
    {
        var text = map.String("thresholdFrom");
        if (text is not null && text != "connectorMaxInstances")
        {
            map.Diagnostics.Error(DiagnosticCodes.AlertThreshold, map.File, map.KeyPath("thresholdFrom"), $"'{text}' is not a threshold source (allowed: connectorMaxInstances)");
        }

        return text == "connectorMaxInstances";
    }

    /// <summary>`step: normal → emergency` (or `->`): the runbook step the alert leads to; checked against transitions.</summary>
    private static TransitionSpec? ReadStep(YamlMap map)
    {
        var text = map.String("step");
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(["→", "->"], StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts.Any(p => p.Length == 0))
        {
            map.Diagnostics.Error(DiagnosticCodes.AlertShape, map.File, map.KeyPath("step"), $"'{text}' is not a runbook step: name it as `from → to`, e.g. normal → emergency");
            return null;
        }

        return new TransitionSpec(parts[0], parts[1], "");
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
        map.Diagnostics.Error(DiagnosticCodes.AlertShape, map.File, map.KeyPath("condition"), $"'{text}' is not a condition kind (allowed: threshold, ratio, log-match, promql)");
        return AlertCondition.Threshold;
    }
}
