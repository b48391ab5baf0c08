using System.Text.RegularExpressions;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// How long, at worst, from the onset of what an alert watches to its notification, from the alert's own numbers and its
/// metric's (MetricTimings):
/// <list type="bullet">
/// <item>the data reflecting the onset: a GAUGE reads the state each sample period, so a window of only post-onset
/// readings closes at most max(window, period) after the onset; a DELTA point counts the interval before it, so the
/// first point wholly after the onset closes up to a period later, and the window after that: window + period;</item>
/// <item>the condition's duration: "Conditions are only met if a condition is true for the entire duration window"
/// (https://cloud.google.com/monitoring/alerts/concepts-indepth);</item>
/// <item>the metric's ingestion delay: "After sampling, data is not visible for up to N seconds"
/// (https://cloud.google.com/monitoring/api/v3/latency-n-retention);</item>
/// <item>for an uptime check, the check's timeout, after which a request that hangs counts as failed.</item>
/// </list>
/// Cloud Monitoring's own evaluation and the channel's delivery come on top; Google bounds neither, so the figure is
/// what the data allows, never less. A log-match condition has no documented bound at all.
/// </summary>
public static partial class DetectionTime
{
    public const string UptimeMetric = "monitoring.googleapis.com/uptime_check/check_passed";

    public static Detection Of(AlertSpec alert, EnvironmentSpec environment)
    {
        if (alert.Condition == AlertCondition.LogMatch)
        {
            return new Detection([], "a log-match condition notifies on the log entry itself; Google documents no bound for log-based alerting", []);
        }

        var metrics = MetricsOf(alert);
        if (metrics.Count == 0)
        {
            return new Detection([], $"no metric of {string.Join(", ", MetricTimings.KnownTypes)} is named, so its sampling and delay are unknown", []);
        }

        var unknown = metrics.Where(m => MetricTimings.Of(m) is null).ToList();
        if (unknown.Count > 0)
        {
            return new Detection([], $"no source gives the sampling period and ingestion delay of {string.Join(", ", unknown)}: add it to infra/Limits/MetricTimings.cs with its source", []);
        }

        // The slowest metric the condition reads decides (a ratio reads two).
        var timings = metrics.Select(m => MetricTimings.Of(m)!).ToList();
        var slowest = timings.MaxBy(t => t.SamplePeriodSeconds + t.IngestDelaySeconds)!;
        var uptime = slowest.Type == UptimeMetric || slowest.Type == "monitoring.googleapis.com/uptime_check/time_until_ssl_cert_expires";
        var period = uptime && environment.Observability.UptimeChecks is { } checks ? checks.PeriodSeconds : slowest.SamplePeriodSeconds;
        var window = WindowOf(alert);
        var parts = new List<DetectionPart>();
        var every = uptime ? "a check" : "a point";
        if (slowest.Kind == MetricKind.Gauge)
        {
            // Readings: the window holds only post-onset ones at most max(window, period) after the onset.
            parts.Add(new DetectionPart(window > period ? $"window ({every} every {period} s)" : $"sampling ({every} every {period} s)", Math.Max(window, period), slowest.Source));
        }
        else
        {
            // Intervals: the first point wholly after the onset closes up to a period later, then the window fills.
            parts.Add(new DetectionPart($"sampling ({every} every {period} s)", period, slowest.Source));
            if (window > 0)
            {
                parts.Add(new DetectionPart("window", window, "the alert's alignment period or range"));
            }
        }

        if (uptime && environment.Observability.UptimeChecks is { } spec)
        {
            parts.Add(new DetectionPart("check timeout", spec.TimeoutSeconds, "observability.uptimeChecks.timeoutSeconds"));
        }

        if (alert.DurationSeconds > 0)
        {
            parts.Add(new DetectionPart("duration", alert.DurationSeconds, "the condition's duration"));
        }

        parts.Add(new DetectionPart("ingestion", slowest.IngestDelaySeconds, slowest.Source));
        var unconfirmed = timings.Where(t => !t.ReadOnGooglePage).DistinctBy(t => t.Type)
            .Select(t => (t.Type, t.ConfirmCommand(environment.Location.Project))).ToList();
        return new Detection(parts, null, unconfirmed, slowest.Type);
    }

    /// <summary>The metric types a condition reads: `metric.type="…"` of its filters, or a PromQL name mapped back to its
    /// type (the generated connector queries read connector metrics).</summary>
    public static IReadOnlyList<string> MetricsOf(AlertSpec alert) => alert.Condition switch
    {
        AlertCondition.ConnectorReachedMaximum => ["vpcaccess.googleapis.com/connector/instances"],
        AlertCondition.ConnectorThroughput => ["vpcaccess.googleapis.com/connector/sent_bytes_count", "vpcaccess.googleapis.com/connector/received_bytes_count"],
        AlertCondition.PromQl => PromQlName().Matches(alert.Query ?? "").Select(m => FromPromQl(m.Value)).OfType<string>().Distinct().ToList(),
        _ => new[] { alert.Filter, alert.DenominatorFilter ?? "" }.SelectMany(f => MetricType().Matches(f)).Select(m => m.Groups["type"].Value).Distinct().ToList(),
    };

    /// <summary>The alignment period, or a PromQL query's longest range (`[5m]`); a generated maximum check reads instants.</summary>
    private static int WindowOf(AlertSpec alert) => alert.Condition switch
    {
        AlertCondition.ConnectorReachedMaximum => 0,
        AlertCondition.PromQl => Ranges().Matches(alert.Query ?? "").Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) * (m.Groups["unit"].Value == "m" ? 60 : 1)).DefaultIfEmpty(0).Max(),
        _ => alert.WindowSeconds,
    };

    /// <summary>The known type whose PromQL name this is (run_googleapis_com:request_count → run.googleapis.com/request_count).</summary>
    private static string? FromPromQl(string name) => MetricTimings.KnownTypes.FirstOrDefault(t => PromQlNameOf(t) == name);

    public static string PromQlNameOf(string type)
    {
        var slash = type.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? type : $"{type[..slash].Replace('.', '_')}:{type[(slash + 1)..].Replace('/', '_').Replace('.', '_')}";
    }

    [GeneratedRegex("metric\\.type\\s*=\\s*\"(?<type>[^\"]+)\"")]
    private static partial Regex MetricType();

    [GeneratedRegex(@"[a-z0-9_]+_googleapis_com:[a-z0-9_]+")]
    private static partial Regex PromQlName();

    [GeneratedRegex(@"\[(?<n>\d+)(?<unit>[ms])\]")]
    private static partial Regex Ranges();
}
