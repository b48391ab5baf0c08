using System.Globalization;
using System.Text.RegularExpressions;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Observability;

namespace Netra.Infra.Validation;

/// <summary>
/// Alerts judged against the design as a whole, so on valid data only, after the step rules: a threshold that follows
/// the connection budget must be able to fire (when the services' pools hold up to max_connections at some step's worst
/// moment, more is refused by PostgreSQL before Monitoring sees it), and a wait for two serving revisions must outlast
/// what the design itself does.
/// </summary>
public static partial class AlertDesignRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Diagnostics.HasErrors)
        {
            return;
        }

        var environment = context.Environment;
        foreach (var (name, alert) in environment.Observability.Alerts.Where(a => a.Value.Condition == AlertCondition.PromQl && CountsRevisions(a.Value.Query)))
        {
            CheckRevisionWait(context, $"observability.alerts.{name}", alert);
        }

        foreach (var (name, alert) in environment.Observability.Alerts.Where(a => a.Value.ThresholdFrom == ThresholdSource.ConnectionBudget))
        {
            var threshold = ConnectionBudgetThreshold.For(environment);
            if (threshold.MaxConnections > 0 && threshold.Connections >= threshold.MaxConnections)
            {
                context.Error(DiagnosticCodes.AlertThreshold, $"observability.alerts.{name}.thresholdFrom",
                    $"the services' pools hold up to {threshold.Connections} of max_connections {threshold.MaxConnections} ({threshold.Worst}): above it the instance refuses connections, so this alert can never fire; lower the pools so that the worst moment leaves room");
            }
        }
    }

    /// <summary>A query that counts a service's revisions taking requests (`count by (service_name) (… revision_name …)`).</summary>
    private static bool CountsRevisions(string? query) =>
        query is not null && query.Contains("revision_name", StringComparison.Ordinal) && query.Contains("count", StringComparison.Ordinal);

    /// <summary>
    /// Two revisions take requests by design for up to: the old one's drain (the longest request timeout: in-flight
    /// requests "will continue to completion", https://cloud.google.com/run/docs/rollouts-rollbacks-traffic-migration,
    /// WebSockets included), a second drain when an incident step follows another within it (the margin, derived from the
    /// same timeout: DrainingRevisions counts that revision), the query's rate range after the last request, and the
    /// sample that counts it.
    /// </summary>
    private static void CheckRevisionWait(ValidationContext context, string path, AlertSpec alert)
    {
        var longest = context.Environment.Profiles.Values.SelectMany(p => p.Services.Values).Select(s => s.TimeoutSeconds).DefaultIfEmpty(0).Max();
        var range = Ranges().Matches(alert.Query!).Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * (m.Groups["unit"].Value == "m" ? 60 : 1)).DefaultIfEmpty(0).Max();
        var sample = MetricTimings.Of("run.googleapis.com/request_count")?.SamplePeriodSeconds ?? 60;
        var required = ((2 * longest) + range + sample + 59) / 60 * 60;
        if (alert.DurationSeconds < required)
        {
            context.Error(DiagnosticCodes.AlertNoise, $"{path}.durationSeconds",
                $"{alert.DurationSeconds} s, but revisions serve side by side by design for up to {required} s: the old revision drains for up to {longest} s (the longest request timeout of any service), "
                + $"a second one as long when an incident step follows another (the margin), then the query's {range} s range and the {sample} s sample that counts the last request: set at least {required}");
        }
    }

    [GeneratedRegex(@"\[(?<n>\d+)(?<unit>[ms])\]")]
    private static partial Regex Ranges();
}
