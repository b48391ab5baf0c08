using Netra.Infra.Model;
using Netra.Infra.Observability;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>An alert policy with its conditions, documentation naming its runbook step, and its severity's channels.</summary>
public static class AlertPolicyComponent
{
    public const string Type = "gcp:monitoring:AlertPolicy";

    /// <summary>"If an alert policy that was active has no data for this long, any open incidents will close"
    /// (AlertPolicyAlertStrategy.autoClose): an incident whose series stopped (a deleted revision, a recreated connector)
    /// closes after half an hour instead of staying open. A condition that clears closes its incident anyway.</summary>
    public const int AutoCloseSeconds = 1800;

    public static string LogicalName(string alert) => $"{alert}-alert";

    /// <param name="conditions">Already derived for the active profile (see Observability.AlertConditions).</param>
    /// <param name="documentation">What the page says (Observability.AlertDocumentation).</param>
    /// <param name="summary">One line for the program's comment and the inventory.</param>
    public static ResourceDeclaration Declare(
        GcpLocation location,
        AlertSpec alert,
        IReadOnlyList<AlertConditionInstance> conditions,
        string documentation,
        string summary,
        IReadOnlyList<ReferenceValue> channels,
        IReadOnlyList<ReferenceValue> dependsOn,
        ReferenceValue provider)
    {
        var notificationChannels = new ListValue();
        foreach (var channel in channels)
        {
            notificationChannels.Add(channel);
        }

        var declared = new ListValue();
        var strategy = new MapValue { { "autoClose", $"{AutoCloseSeconds}s" } };
        foreach (var instance in conditions)
        {
            var condition = new MapValue { { "displayName", instance.DisplayName } };
            switch (instance.Kind)
            {
                case AlertCondition.LogMatch:
                    condition.Add("conditionMatchedLog", new MapValue { { "filter", instance.Filter } });
                    break;
                case AlertCondition.PromQl or AlertCondition.ConnectorReachedMaximum or AlertCondition.ConnectorThroughput:
                    condition.Add("conditionPrometheusQueryLanguage", new MapValue
                    {
                        { "query", instance.Query ?? "" },
                        { "duration", $"{alert.DurationSeconds}s" },
                        // "Must be a positive multiple of 30 seconds or missing" (AlertPolicyConditionConditionPrometheusQueryLanguage).
                        { "evaluationInterval", "60s" },
                    });
                    break;
                default:
                    condition.Add("conditionThreshold", Threshold(alert, instance));
                    break;
            }

            declared.Add(condition);
        }

        if (alert.Condition == AlertCondition.LogMatch)
        {
            strategy.Add("notificationRateLimit", new MapValue { { "period", $"{alert.RateLimitSeconds}s" } });
        }

        return new ResourceDeclaration(
            LogicalName(alert.Name),
            Type,
            new MapValue
            {
                { "project", location.Project },
                { "displayName", alert.DisplayName },
                { "severity", alert.Severity },
                { "combiner", AlertConditions.Combiner(alert) },
                { "conditions", declared },
                {
                    "documentation", new MapValue
                    {
                        { "mimeType", "text/markdown" },
                        { "subject", $"netra staging: {alert.DisplayName}" },
                        { "content", documentation },
                    }
                },
                { "notificationChannels", notificationChannels },
                { "alertStrategy", strategy },
            },
            new ResourceOptions { Provider = provider, DependsOn = dependsOn },
            [summary]);
    }

    private static MapValue Threshold(AlertSpec alert, AlertConditionInstance instance)
    {
        var threshold = new MapValue
        {
            { "filter", instance.Filter },
            { "comparison", instance.Comparison },
            { "thresholdValue", new DecimalValue(instance.Threshold) },
            { "duration", $"{alert.DurationSeconds}s" },
            // Set explicitly: left out, the API's defaults come back as a perpetual diff (TPG#20507).
            { "trigger", new MapValue { { "count", 1 } } },
            { "aggregations", Aggregations(alert) },
        };
        if (instance.Kind == AlertCondition.Ratio && instance.DenominatorFilter is { } denominator)
        {
            // Both sides aligned identically, so the ratio compares like with like.
            threshold.Add("denominatorFilter", denominator);
            threshold.Add("denominatorAggregations", Aggregations(alert));
        }

        if (alert.MissingData is { } missing)
        {
            threshold.Add("evaluationMissingData", missing);
        }

        return threshold;
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
