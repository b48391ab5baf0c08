namespace Netra.Infra.Limits;

/// <summary>What a threshold on a metric measures, so that one that can never be crossed, or always is, is refused.</summary>
public enum ThresholdUnit
{
    /// <summary>A share of a whole, 0.0 to 1.0: a threshold of 1 or more is never exceeded, and 0 always is.</summary>
    Fraction,

    /// <summary>A request's latency: never above the longest request timeout, always above 0.</summary>
    Milliseconds,

    /// <summary>Events counted in a window: never negative, so a negative threshold is always exceeded.</summary>
    Count,

    /// <summary>Days until something happens (a certificate's expiry): never negative.</summary>
    Days,
}

/// <summary>The unit of each metric an alert may compare with a threshold, with its source.</summary>
public static class MetricThresholds
{
    private const string UserMetricPrefix = "logging.googleapis.com/user/";

    private static readonly Dictionary<string, (ThresholdUnit Unit, string Source)> Known = new(StringComparer.Ordinal)
    {
        ["vpcaccess.googleapis.com/connector/cpu/utilizations"] = (ThresholdUnit.Fraction,
            "a utilization (unit 10^2.%), whose values are 0.0 to 1.0 like every */utilization metric (https://cloud.google.com/monitoring/api/metrics_gcp)"),
        ["vpcaccess.googleapis.com/connector/instances"] = (ThresholdUnit.Count,
            "the connector's active instances (https://cloud.google.com/monitoring/api/metrics_gcp_p_z, vpcaccess)"),
        ["run.googleapis.com/request_latencies"] = (ThresholdUnit.Milliseconds,
            "\"Distribution of request latency in milliseconds\" (https://cloud.google.com/monitoring/api/metrics_gcp, run)"),
        ["cloudsql.googleapis.com/database/cpu/utilization"] = (ThresholdUnit.Fraction,
            "a utilization, 0.0 to 1.0 like every */utilization metric (https://cloud.google.com/monitoring/api/metrics_gcp_c, cloudsql)"),
        ["cloudsql.googleapis.com/database/memory/utilization"] = (ThresholdUnit.Fraction,
            "a utilization, 0.0 to 1.0 like every */utilization metric (https://cloud.google.com/monitoring/api/metrics_gcp_c, cloudsql)"),
        ["cloudsql.googleapis.com/database/disk/utilization"] = (ThresholdUnit.Fraction,
            "a utilization, 0.0 to 1.0 like every */utilization metric (https://cloud.google.com/monitoring/api/metrics_gcp_c, cloudsql)"),
        ["cloudsql.googleapis.com/database/up"] = (ThresholdUnit.Fraction,
            "1 while the instance is up and 0 while it is not (\"Indicates if the server is up or not\", https://cloud.google.com/monitoring/api/metrics_gcp_c)"),
        ["cloudsql.googleapis.com/database/postgresql/num_backends"] = (ThresholdUnit.Count,
            "the number of connections to the instance (https://cloud.google.com/monitoring/api/metrics_gcp_c, cloudsql)"),
        ["loadbalancing.googleapis.com/https/request_count"] = (ThresholdUnit.Count,
            "requests counted in a window (https://cloud.google.com/monitoring/api/metrics_gcp_i_o, loadbalancing)"),
        ["monitoring.googleapis.com/uptime_check/time_until_ssl_cert_expires"] = (ThresholdUnit.Days,
            "the days until the certificate a check was served expires (https://cloud.google.com/monitoring/api/metrics_gcp_i_o, monitoring)"),
        ["monitoring.googleapis.com/uptime_check/check_passed"] = (ThresholdUnit.Count,
            "one result per checker: counted with REDUCE_COUNT_FALSE, the checkers whose latest check failed"),
    };

    /// <summary>The unit of <paramref name="metricType"/>, or null when this table does not know it.</summary>
    public static (ThresholdUnit Unit, string Source)? Of(string metricType) =>
        Known.TryGetValue(metricType, out var known) ? known
        : metricType.StartsWith(UserMetricPrefix, StringComparison.Ordinal)
            ? (ThresholdUnit.Count, "a log-based counter (DELTA, INT64), as this program declares every log metric")
            : null;

    public static IEnumerable<string> KnownTypes => Known.Keys.Append(UserMetricPrefix + "*");
}
