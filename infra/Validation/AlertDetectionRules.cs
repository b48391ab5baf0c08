using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Observability;

namespace Netra.Infra.Validation;

/// <summary>
/// A CRITICAL alert pages the person on call, and the runbook's steps promise relief within their budgets: a page that
/// comes later than the budget of the step it leads to breaks the promise before the step starts. So its detection time
/// (DetectionTime: window, duration, sampling period and ingestion delay, each with its source) must fit the budget
/// (AlertBudget), or the alert is refused with what to change.
/// </summary>
public static class AlertDetectionRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        // The budgets come from the transitions and the uptime checks' period from their own data: refused ones are no
        // figure to hold an alert to.
        if (context.Diagnostics.Items.Any(d => d.Severity == Severity.Error && (d.KeyPath.StartsWith("transitions", StringComparison.Ordinal) || d.KeyPath.StartsWith("observability.uptimeChecks", StringComparison.Ordinal))))
        {
            return;
        }

        foreach (var (name, alert) in environment.Observability.Alerts.Where(a => a.Value.Severity == "CRITICAL"))
        {
            var path = $"observability.alerts.{name}";
            if (context.HasErrorsUnder(path) || context.IsBroken(path) || AlertBudget.For(alert, environment) is not { } budget)
            {
                continue;
            }

            var detection = DetectionTime.Of(alert, environment);
            if (detection.Seconds is not { } seconds)
            {
                context.Error(DiagnosticCodes.AlertDetection, $"{path}.severity",
                    $"a CRITICAL alert pages at any hour, so it needs a detection time within {budget.Seconds} s ({budget.Source}), but it has {detection.Text}: alert on a metric whose delay is documented, or make it ERROR");
            }
            else if (seconds > budget.Seconds)
            {
                context.Error(DiagnosticCodes.AlertDetection, $"{path}.severity",
                    $"CRITICAL, but it detects {detection.Text}, later than {budget.Seconds} s, {budget.Source}: {Remedy(alert, seconds - budget.Seconds)}");
            }
        }
    }

    private static string Remedy(AlertSpec alert, int over)
    {
        var options = new List<string>();
        if (alert.DurationSeconds > 0)
        {
            options.Add($"shorten durationSeconds ({alert.DurationSeconds})");
        }

        if (alert.WindowSeconds > 60)
        {
            options.Add($"shorten windowSeconds ({alert.WindowSeconds})");
        }

        options.Add("alert on a metric with a shorter ingestion delay (an uptime check of the host sees the same outage sooner)");
        options.Add("or make it ERROR, which emails");
        return $"{over} s too late; {string.Join(", ", options)}";
    }
}
