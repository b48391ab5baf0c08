using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// Alerts that train people to ignore alerts: a ratio that pages on one error in a quiet minute, a condition that stays
/// met for good (a connector at its maximum: connectors never scale in), and a wait for two serving revisions that a
/// rollout the runbook offers outlasts.
/// </summary>
public static class AlertNoiseRules
{
    private const string Instances = "vpcaccess.googleapis.com/connector/instances";

    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        foreach (var (name, alert) in environment.Observability.Alerts)
        {
            var path = $"observability.alerts.{name}";
            if (context.IsBroken(path))
            {
                continue;
            }

            if (alert.Condition == AlertCondition.Ratio && alert.MinimumDenominator is null)
            {
                context.Error(DiagnosticCodes.AlertNoise, $"{path}.minimumDenominator",
                    "a ratio with no minimum volume fires on one failure among ten requests in a quiet hour: give the requests the window must hold (e.g. 100)");
            }

            if (alert.Condition == AlertCondition.Threshold && alert.Filter.Contains($"metric.type=\"{Instances}\"", StringComparison.Ordinal))
            {
                context.Error(DiagnosticCodes.AlertNoise, $"{path}.condition",
                    "a threshold on a connector's instances stays met once the connector has scaled out, because connectors never scale in (https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling): the incident never closes. Use `condition: connector-reached-max`, which fires when a connector reaches its maximum and closes after the window");
            }

            if (alert.Condition == AlertCondition.PromQl && CountsRevisions(alert.Query))
            {
                CheckRevisionWait(context, path, alert);
            }
        }
    }

    /// <summary>A query that counts a service's revisions taking requests (`count by (service_name) (… revision_name …)`).</summary>
    private static bool CountsRevisions(string? query) =>
        query is not null && query.Contains("revision_name", StringComparison.Ordinal) && query.Contains("count", StringComparison.Ordinal);

    /// <summary>
    /// Two revisions take requests by design for up to: the old one's drain (the longest request timeout: in-flight
    /// requests "will continue to completion", WebSockets included), a second drain when an incident step follows
    /// another within it (the margin, derived from the same timeout: DrainingRevisions counts that revision), the
    /// query's rate range after the last request, and the sample that counts it.
    /// </summary>
    private static void CheckRevisionWait(ValidationContext context, string path, AlertSpec alert)
    {
        var longest = context.Environment.Profiles.Values.SelectMany(p => p.Services.Values).Select(s => s.TimeoutSeconds).DefaultIfEmpty(0).Max();
        var range = Observability.DetectionTime.MetricsOf(alert).Count > 0 ? RangeOf(alert.Query!) : 0;
        var sample = MetricTimings.Of("run.googleapis.com/request_count")?.SamplePeriodSeconds ?? 60;
        var required = (2 * longest) + range + sample;
        required = (required + 59) / 60 * 60;
        if (alert.DurationSeconds < required)
        {
            context.Error(DiagnosticCodes.AlertNoise, $"{path}.durationSeconds",
                $"{alert.DurationSeconds} s, but revisions serve side by side by design for up to {required} s: the old revision drains for up to {longest} s (the longest request timeout of any service), "
                + $"a second one as long when an incident step follows another (the margin), then the query's {range} s range and the {sample} s sample that counts the last request: set at least {required}");
        }
    }

    private static int RangeOf(string query) =>
        System.Text.RegularExpressions.Regex.Matches(query, @"\[(\d+)([ms])\]")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * (m.Groups[2].Value == "m" ? 60 : 1))
            .DefaultIfEmpty(0).Max();
}
