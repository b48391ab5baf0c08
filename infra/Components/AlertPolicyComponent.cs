using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>An alert policy with one condition, documentation naming its runbook step, and the team's channels.</summary>
public static class AlertPolicyComponent
{
    public const string Type = "gcp:monitoring:AlertPolicy";

    public static string LogicalName(string alert) => $"{alert}-alert";

    /// <param name="threshold">Already derived for the active profile (see AlertThresholds).</param>
    public static ResourceDeclaration Declare(
        GcpLocation location,
        AlertSpec alert,
        decimal threshold,
        string thresholdNote,
        IReadOnlyList<ReferenceValue> channels,
        IReadOnlyList<ReferenceValue> dependsOn,
        ReferenceValue provider)
    {
        var notificationChannels = new ListValue();
        foreach (var channel in channels)
        {
            notificationChannels.Add(channel);
        }

        var condition = new MapValue { { "displayName", alert.DisplayName } };
        var strategy = new MapValue { { "autoClose", "1800s" } };
        if (alert.Condition == AlertCondition.LogMatch)
        {
            condition.Add("conditionMatchedLog", new MapValue { { "filter", alert.Filter } });
            strategy.Add("notificationRateLimit", new MapValue { { "period", $"{alert.RateLimitSeconds}s" } });
        }
        else
        {
            var thresholdCondition = new MapValue
            {
                { "filter", alert.Filter },
                { "comparison", "COMPARISON_GT" },
                { "thresholdValue", new DecimalValue(threshold) },
                { "duration", $"{alert.DurationSeconds}s" },
                // Set explicitly: left out, the API's defaults come back as a perpetual diff (TPG#20507).
                { "trigger", new MapValue { { "count", 1 } } },
                { "aggregations", Aggregations(alert) },
            };
            if (alert.DenominatorFilter is { } denominator)
            {
                // Both sides aligned identically, so the ratio compares like with like.
                thresholdCondition.Add("denominatorFilter", denominator);
                thresholdCondition.Add("denominatorAggregations", Aggregations(alert));
            }

            condition.Add("conditionThreshold", thresholdCondition);
        }

        return new ResourceDeclaration(
            LogicalName(alert.Name),
            Type,
            new MapValue
            {
                { "project", location.Project },
                { "displayName", alert.DisplayName },
                { "severity", alert.Severity },
                { "combiner", "OR" },
                { "conditions", new ListValue { condition } },
                {
                    "documentation", new MapValue
                    {
                        { "mimeType", "text/markdown" },
                        { "subject", $"netra staging: {alert.DisplayName}" },
                        { "content", $"{alert.Runbook}\n\n{thresholdNote}" },
                    }
                },
                { "notificationChannels", notificationChannels },
                { "alertStrategy", strategy },
            },
            new ResourceOptions { Provider = provider, DependsOn = dependsOn },
            [thresholdNote]);
    }

    private static ListValue Aggregations(AlertSpec alert)
    {
        var aggregation = new MapValue
        {
            { "alignmentPeriod", $"{alert.WindowSeconds}s" },
            { "perSeriesAligner", alert.Aligner! },
        };
        if (alert.Reducer is { } reducer)
        {
            aggregation.Add("crossSeriesReducer", reducer);
            var groupBy = new ListValue();
            foreach (var field in alert.GroupBy)
            {
                groupBy.Add(field);
            }

            aggregation.Add("groupByFields", groupBy);
        }

        return new ListValue { aggregation };
    }
}
