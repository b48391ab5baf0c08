using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// A threshold the API accepts can still be meaningless: one the metric can never exceed pages nobody, and one it
/// always exceeds pages everybody until the policy is muted. Each threshold is checked against what its metric
/// measures (<see cref="MetricThresholds"/>); every policy compares with COMPARISON_GT.
/// </summary>
public static class AlertThresholdRules
{
    public static void Check(ValidationContext context, string path, AlertSpec alert, string metricType)
    {
        if (alert.Threshold is not { } threshold || alert.Condition != AlertCondition.Threshold)
        {
            return;
        }

        if (MetricThresholds.Of(metricType) is not { } unit)
        {
            context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                $"no unit is known for {metricType}, so this threshold cannot be checked: add the metric to infra/Limits/MetricThresholds.cs with its source (known: {string.Join(", ", MetricThresholds.KnownTypes)})");
            return;
        }

        var value = threshold.ToString(CultureInfo.InvariantCulture);
        var longest = LongestTimeoutMs(context);
        switch (unit.Unit)
        {
            case ThresholdUnit.Fraction when threshold >= 1:
                context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                    $"{value} can never be exceeded: {metricType} is {unit.Source}, so 80% is 0.8");
                break;
            case ThresholdUnit.Fraction or ThresholdUnit.Milliseconds when threshold <= 0:
                context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                    $"{value} is always exceeded: {metricType} is {unit.Source}; the policy would fire all the time");
                break;
            case ThresholdUnit.Milliseconds when longest > 0 && threshold >= longest:
                context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                    $"{value} ms can never be exceeded: {metricType} is {unit.Source}, and no request outlasts the longest request timeout of any service in any profile, {longest / 1000} s");
                break;
            case ThresholdUnit.Count when threshold < 0:
                context.Error(DiagnosticCodes.AlertThreshold, $"{path}.threshold",
                    $"{value} is always exceeded: {metricType} is {unit.Source}, never negative; 0 fires on the first event");
                break;
        }
    }

    private static int LongestTimeoutMs(ValidationContext context) =>
        context.Environment.Profiles.Values.SelectMany(p => p.Services.Values).Select(s => s.TimeoutSeconds * 1000).DefaultIfEmpty(0).Max();
}
