using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads one alert of `observability.alerts`; the rules that judge it are in Validation.</summary>
public static class AlertReader
{
    private static readonly IReadOnlyDictionary<string, AlertCondition> Conditions = new Dictionary<string, AlertCondition>(StringComparer.Ordinal)
    {
        ["threshold"] = AlertCondition.Threshold,
        ["ratio"] = AlertCondition.Ratio,
        ["log-match"] = AlertCondition.LogMatch,
        ["promql"] = AlertCondition.PromQl,
        ["connector-reached-max"] = AlertCondition.ConnectorReachedMaximum,
        ["connector-throughput"] = AlertCondition.ConnectorThroughput,
    };

    public static AlertSpec Read(string name, YamlMap map)
    {
        var conditionText = map.String("condition", required: true);
        var condition = AlertCondition.Threshold;
        if (conditionText is not null && !Conditions.TryGetValue(conditionText, out condition))
        {
            map.Diagnostics.Error(DiagnosticCodes.AlertShape, map.File, map.KeyPath("condition"),
                $"'{conditionText}' is not a condition kind (allowed: {string.Join(", ", Conditions.Keys)})");
        }

        var generated = condition is AlertCondition.ConnectorReachedMaximum or AlertCondition.ConnectorThroughput;
        map.Misplaced("fractionOfMaxConnections", "the database threshold follows the connection budget now: `thresholdFrom: connectionBudget`");
        var spec = new AlertSpec(
            name,
            map.String("displayName", required: true) ?? "",
            map.String("severity", required: true, MonitoringLimits.Severities) ?? "",
            condition,
            map.String("filter", required: condition is not AlertCondition.PromQl && !generated) ?? "",
            map.String("denominatorFilter"),
            map.String("aligner", limit: MonitoringLimits.Aligners),
            map.String("reducer", limit: MonitoringLimits.Reducers),
            map.StringList("groupBy") ?? [],
            map.Int("windowSeconds") ?? 0,
            map.Int("durationSeconds") ?? 0,
            Decimal(map, "threshold"),
            map.Int("rateLimitSeconds"),
            map.String("runbook", required: true) ?? "",
            map.String("query", required: condition == AlertCondition.PromQl),
            ReadStep(map),
            ReadThresholdFrom(map),
            map.String("comparison", limit: MonitoringLimits.Comparisons) ?? "COMPARISON_GT",
            map.Int("minimumDenominator"),
            map.String("missingData", limit: MonitoringLimits.MissingDataModes));
        map.RejectUnknownKeys();
        return spec;
    }

    /// <summary>`thresholdFrom: connectionBudget`: the most connections the design holds in the profile.</summary>
    private static ThresholdSource ReadThresholdFrom(YamlMap map)
    {
        var text = map.String("thresholdFrom");
        switch (text)
        {
            case null:
                return ThresholdSource.Fixed;
            case "connectionBudget":
                return ThresholdSource.ConnectionBudget;
            case "connectorMaxInstances":
                map.Diagnostics.Error(DiagnosticCodes.AlertThreshold, map.File, map.KeyPath("thresholdFrom"),
                    "a connector at its maximum stays there for good (connectors never scale in), so a threshold on it never closes: use `condition: connector-reached-max`, which fires when a connector reaches it");
                return ThresholdSource.Fixed;
            default:
                map.Diagnostics.Error(DiagnosticCodes.AlertThreshold, map.File, map.KeyPath("thresholdFrom"), $"'{text}' is not a threshold source (allowed: connectionBudget)");
                return ThresholdSource.Fixed;
        }
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
}
