using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// A threshold the API accepts can still be meaningless: one the metric can never cross, or always has, pages nobody or
/// everybody until the policy is muted. Each threshold is checked against what its metric measures
/// (<see cref="MetricThresholds"/>), in the direction of its comparison: above (GT) or below (LT).
/// </summary>
public static class AlertThresholdRules
{
    public static void Check(ValidationContext context, string path, AlertSpec alert, string metricType)
    {
        if (alert.Threshold is not { } threshold || alert.Condition != AlertCondition.Threshold)
        {
            return;
        }

        if (MetricThresholds.Of(metricType) is not { } known)
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                $"no unit is known for {metricType}, so this threshold cannot be checked: add the metric to infra/Limits/MetricThresholds.cs with its source (known: {string.Join(", ", MetricThresholds.KnownTypes)})");
            return;
        }

        // A count of series (REDUCE_COUNT_FALSE, REDUCE_COUNT) is a count whatever the metric measures.
        var (unit, source) = alert.Reducer is "REDUCE_COUNT" or "REDUCE_COUNT_FALSE" ? (ThresholdUnit.Count, $"counted with {alert.Reducer}") : known;
        var (low, high) = unit switch
        {
            ThresholdUnit.Fraction => (0m, 1m),
            ThresholdUnit.Milliseconds => (0m, LongestTimeoutMs(context) is > 0 and var longest ? longest : decimal.MaxValue),
            _ => (0m, decimal.MaxValue),
        };
        var value = threshold.ToString(CultureInfo.InvariantCulture) + (unit == ThresholdUnit.Milliseconds ? " ms" : "");
        var below = alert.Comparison == "COMPARISON_LT";
        if (below ? threshold <= low : threshold >= high)
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                $"{value} can never be {(below ? "undercut" : "exceeded")}: {metricType} is {source}{Hint(unit, high)}");
        }
        else if (below ? threshold > high : threshold < low)
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                $"{value} is always {(below ? "undercut" : "exceeded")}: {metricType} is {source}{(unit == ThresholdUnit.Count && !below ? ", never negative; 0 fires on the first event" : "; the policy would fire all the time")}");
        }
        else if (!below && threshold == low && unit is ThresholdUnit.Fraction or ThresholdUnit.Milliseconds)
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                $"{value} is always exceeded: {metricType} is {source}; the policy would fire all the time");
        }
    }

    private static string Hint(ThresholdUnit unit, decimal high) => unit switch
    {
        ThresholdUnit.Fraction => ", so 80% is 0.8",
        ThresholdUnit.Milliseconds => $", and no request outlasts the longest request timeout of any service in any profile, {high / 1000} s",
        _ => "",
    };

    private static int LongestTimeoutMs(ValidationContext context) =>
        context.Environment.Profiles.Values.SelectMany(p => p.Services.Values).Select(s => s.TimeoutSeconds * 1000).DefaultIfEmpty(0).Max();
}
