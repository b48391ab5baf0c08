namespace Netra.Infra.Limits;

/// <summary>
/// The sampling period and ingestion delay of every metric an alert reads, with where each was read. A metric missing
/// here has no detection time, and a CRITICAL alert on it is refused: an unknown delay is not a bound.
/// </summary>
public static class MetricTimings
{
    private const string UserMetricPrefix = "logging.googleapis.com/user/";

    // Google's metric lists (https://cloud.google.com/monitoring/api/metrics_gcp_*) could not be read in full here:
    // each figure below says which copy or quotation it comes from.
    private const string CloudRunQuote =
        "\"Sampled every 60 seconds. After sampling, data is not visible for up to 120 seconds\": Google's list for Cloud Run's "
        + "request metrics (https://cloud.google.com/monitoring/api/metrics_gcp_p_z, run), as quoted by two public operations notes (2026)";

    private const string ConnectorNote =
        "\"Data can lag by up to 240 s\" for every vpcaccess.googleapis.com metric, read in a stored copy of Google's list "
        + "(metrics_gcp_p_z, generated 2026-04-10; research notes gcp-limits.md §5.5); 60 s is the list's usual sampling period";

    private const string CloudSqlQuote =
        "\"up to 165 seconds\" after a 60 s sample: Google's list for Cloud SQL's cpu/utilization, memory/utilization and "
        + "postgresql/num_backends (https://cloud.google.com/monitoring/api/metrics_gcp_c, cloudsql), as quoted by a public operations note (2026)";

    private const string CloudSqlAssumed =
        CloudSqlQuote + "; the quotation does not name this metric, which is taken to be sampled like the instance's others";

    private const string LoadBalancerQuote =
        "\"Sampled every 60 s, visible within 210 s\": Google's list for loadbalancing.googleapis.com/https/* "
        + "(https://cloud.google.com/monitoring/api/metrics_gcp_i_o), as quoted by public research notes (2026)";

    private const string UptimeNote =
        "one point per checker and execution (the check's period); Google's alerting guide gives uptime results as "
        + "visible about two minutes after the check's timeout (https://cloud.google.com/monitoring/alerts/concepts-indepth, "
        + "\"Notification latency\"), an average, not a bound";

    private static readonly Dictionary<string, MetricTiming> Known = new MetricTiming[]
    {
        new("run.googleapis.com/request_count", MetricKind.Delta, 60, 120, CloudRunQuote, false),
        new("run.googleapis.com/request_latencies", MetricKind.Delta, 60, 120, CloudRunQuote, false),
        new("vpcaccess.googleapis.com/connector/cpu/utilizations", MetricKind.Gauge, 60, 240, ConnectorNote, false),
        new("vpcaccess.googleapis.com/connector/instances", MetricKind.Gauge, 60, 240, ConnectorNote, false),
        new("vpcaccess.googleapis.com/connector/received_bytes_count", MetricKind.Delta, 60, 240, ConnectorNote, false),
        new("vpcaccess.googleapis.com/connector/sent_bytes_count", MetricKind.Delta, 60, 240, ConnectorNote, false),
        new("cloudsql.googleapis.com/database/cpu/utilization", MetricKind.Gauge, 60, 165, CloudSqlQuote, false),
        new("cloudsql.googleapis.com/database/memory/utilization", MetricKind.Gauge, 60, 165, CloudSqlQuote, false),
        new("cloudsql.googleapis.com/database/postgresql/num_backends", MetricKind.Gauge, 60, 165, CloudSqlQuote, false),
        new("cloudsql.googleapis.com/database/disk/utilization", MetricKind.Gauge, 60, 165, CloudSqlAssumed, false),
        new("cloudsql.googleapis.com/database/up", MetricKind.Gauge, 60, 165, CloudSqlAssumed, false),
        new("loadbalancing.googleapis.com/https/request_count", MetricKind.Delta, 60, 210, LoadBalancerQuote, false),
        new("monitoring.googleapis.com/uptime_check/check_passed", MetricKind.Gauge, 60, 120, UptimeNote, false),
        new("monitoring.googleapis.com/uptime_check/time_until_ssl_cert_expires", MetricKind.Gauge, 60, 120, UptimeNote, false),
    }.ToDictionary(t => t.Type, StringComparer.Ordinal);

    /// <summary>Log-based metrics: "it may take up to 10 minutes to update the logs-based metrics in Cloud Monitoring"
    /// (https://cloud.google.com/logging/docs/logs-based-metrics/troubleshooting, "Metric is missing logs data"). Logging
    /// writes their points each minute; Google states no sampling period for them.</summary>
    private static readonly MetricTiming LogBased = new(UserMetricPrefix + "*", MetricKind.Delta, 60, 600,
        "\"it may take up to 10 minutes to update the logs-based metrics in Cloud Monitoring\" (https://cloud.google.com/logging/docs/logs-based-metrics/troubleshooting)", true);

    /// <summary>The timing of <paramref name="metricType"/>, or null when no source gives it.</summary>
    public static MetricTiming? Of(string metricType) =>
        Known.TryGetValue(metricType, out var known) ? known
        : metricType.StartsWith(UserMetricPrefix, StringComparison.Ordinal) ? LogBased with { Type = metricType }
        : null;

    public static IEnumerable<string> KnownTypes => Known.Keys.Append(LogBased.Type);
}
