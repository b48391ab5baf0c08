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
}

/// <summary>The unit of each metric an alert may compare with a threshold, with its source.</summary>
public static class MetricThresholds
{
    private const string UserMetricPrefix = "logging.googleapis.com/user/";

    private static readonly Dictionary<string, (ThresholdUnit Unit, string Source)> Known = new(StringComparer.Ordinal)
    {
        ["vpcaccess.googleapis.com/connector/cpu/utilizations"] = (ThresholdUnit.Fraction,
            "a utilization (unit 10^2.%), whose values are 0.0 to 1.0 like every */utilization metric (https://cloud.google.com/monitoring/api/metrics_gcp)"),
        ["run.googleapis.com/request_latencies"] = (ThresholdUnit.Milliseconds,
            "\"Distribution of request latency in milliseconds\" (https://cloud.google.com/monitoring/api/metrics_gcp, run)"),
    };

    /// <summary>The unit of <paramref name="metricType"/>, or null when this table does not know it.</summary>
    public static (ThresholdUnit Unit, string Source)? Of(string metricType) =>
        Known.TryGetValue(metricType, out var known) ? known
        : metricType.StartsWith(UserMetricPrefix, StringComparison.Ordinal)
            ? (ThresholdUnit.Count, "a log-based counter (DELTA, INT64), as this program declares every log metric")
            : null;

    public static IEnumerable<string> KnownTypes => Known.Keys.Append(UserMetricPrefix + "*");
}
