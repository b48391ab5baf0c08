using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>An alert policy with its conditions, documentation naming its runbook step, and the team's channels.</summary>
public static class AlertPolicyComponent
{
    public const string Type = "gcp:monitoring:AlertPolicy";

    public static string LogicalName(string alert) => $"{alert}-alert";

    /// <param name="conditions">Already derived for the active profile (see Observability.AlertConditions).</param>
    /// <param name="documentation">What the page says: the runbook text and the step it leads to.</param>
    public static ResourceDeclaration Declare(
        GcpLocation location,
        AlertSpec alert,
        IReadOnlyList<Observability.AlertConditionInstance> conditions,
        string documentation,
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
        var strategy = new MapValue { { "autoClose", "1800s" } };
        foreach (var instance in conditions)
        {
            var condition = new MapValue { { "displayName", instance.DisplayName } };
            switch (alert.Condition)
            {
                case AlertCondition.LogMatch:
                    condition.Add("conditionMatchedLog", new MapValue { { "filter", instance.Filter } });
                    break;
                case AlertCondition.PromQl:
                    condition.Add("conditionPrometheusQueryLanguage", new MapValue
                    {
                        { "query", alert.Query ?? "" },
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

        var notes = string.Join(" ", conditions.Select(c => c.Note));
        return new ResourceDeclaration(
            LogicalName(alert.Name),
            Type,
            new MapValue
            {
                { "project", location.Project },
                { "displayName", alert.DisplayName },
                { "severity", alert.Severity },
                { "combiner", "OR" },
                { "conditions", declared },
                {
                    "documentation", new MapValue
                    {
                        { "mimeType", "text/markdown" },
                        { "subject", $"netra staging: {alert.DisplayName}" },
                        { "content", $"{documentation}\n\n{notes}" },
                    }
                },
                { "notificationChannels", notificationChannels },
                { "alertStrategy", strategy },
            },
            new ResourceOptions { Provider = provider, DependsOn = dependsOn },
            [notes]);
    }

    private static MapValue Threshold(AlertSpec alert, Observability.AlertConditionInstance instance)
    {
        var threshold = new MapValue
        {
            { "filter", instance.Filter },
            { "comparison", "COMPARISON_GT" },
            { "thresholdValue", new DecimalValue(instance.Threshold) },
            { "duration", $"{alert.DurationSeconds}s" },
            // Set explicitly: left out, the API's defaults come back as a perpetual diff (TPG#20507).
            { "trigger", new MapValue { { "count", 1 } } },
            { "aggregations", Aggregations(alert) },
        };
        if (alert.DenominatorFilter is { } denominator)
        {
            // Both sides aligned identically, so the ratio compares like with like.
            threshold.Add("denominatorFilter", denominator);
            threshold.Add("denominatorAggregations", Aggregations(alert));
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
