using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Validation;

/// <summary>The Monitoring and Logging APIs' size limits on what this program writes: policies' names and pages, log
/// metrics' descriptions and labels.</summary>
public static class ObservabilityLimitRules
{
    public static void Check(ValidationContext context)
    {
        var observability = context.Environment.Observability;
        foreach (var (name, alert) in observability.Alerts)
        {
            var path = $"observability.alerts.{name}";
            if (alert.DisplayName.Length > MonitoringLimits.AlertDisplayNameMaxLength)
            {
                context.Error(DiagnosticCodes.AlertText, $"{path}.displayName",
                    $"{alert.DisplayName.Length:N0} characters; a policy's name is at most {MonitoringLimits.AlertDisplayNameMaxLength} (Monitoring API, AlertPolicy.displayName)");
            }

            if (alert.Runbook.Length > MonitoringLimits.RunbookMaxLength)
            {
                context.Error(DiagnosticCodes.AlertText, $"{path}.runbook",
                    $"{alert.Runbook.Length:N0} characters; at most {MonitoringLimits.RunbookMaxLength:N0}, so that with the step and the conditions' notes the page stays within the API's 8,192 (AlertPolicy.documentation.content): link to a longer text");
            }
        }

        foreach (var (name, metric) in observability.LogMetrics)
        {
            var path = $"observability.logMetrics.{name}";
            if (metric.Description.Length > MonitoringLimits.LogMetricDescriptionMaxLength)
            {
                context.Error(DiagnosticCodes.LogMetric, $"{path}.description",
                    $"{metric.Description.Length:N0} characters; a log metric's description is at most {MonitoringLimits.LogMetricDescriptionMaxLength:N0} (logging Metric.description)");
            }

            if (metric.Labels.Count > MonitoringLimits.LogMetricMaxLabels)
            {
                context.Error(DiagnosticCodes.LogMetric, $"{path}.labels",
                    $"{metric.Labels.Count} labels; a log-based metric has at most {MonitoringLimits.LogMetricMaxLabels} (https://cloud.google.com/logging/docs/logs-based-metrics/labels)");
            }

            foreach (var (label, field) in metric.Labels)
            {
                if (!MonitoringLimits.LabelKey().IsMatch(label))
                {
                    context.Error(DiagnosticCodes.LogMetric, $"{path}.labels.{label}",
                        $"'{label}' is not a label key: a letter first, then letters, digits and underscores, at most 100 (Monitoring API, LabelDescriptor.key)");
                }

                if (!MonitoringLimits.LogFieldPath().IsMatch(field))
                {
                    context.Error(DiagnosticCodes.LogMetric, $"{path}.labels.{label}",
                        $"'{field}' is not a log field path such as resource.labels.service_name: the label is extracted with EXTRACT({field})");
                }
            }
        }
    }
}
