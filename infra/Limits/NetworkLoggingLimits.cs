namespace Netra.Infra.Limits;

/// <summary>
/// The logs the network parts write: the front door's request logs (a backend service's logConfig) and the direct-egress
/// subnet's VPC flow logs (a subnetwork's logConfig). Values and ranges as the provider takes them (@pulumi/gcp 9.37.0
/// types/input.d.ts BackendServiceLogConfig, SubnetworkLogConfig).
/// </summary>
public static class NetworkLoggingLimits
{
    /// <summary>A sampling rate: "The value of the field must be in [0, 1]" (both logConfigs).</summary>
    public const decimal MinSampleRate = 0m;

    public const decimal MaxSampleRate = 1m;

    /// <summary>The share of requests the load balancer logs: 0 none, 1 every one.</summary>
    public static readonly DecimalRange RequestSampleRate = new(MinSampleRate, MaxSampleRate, "@pulumi/gcp 9.37.0 compute BackendServiceLogConfig.sampleRate");

    /// <summary>The share of flows logged, above 0: 0 would log none, and a subnet this program declares logs (CIS 3.8).</summary>
    public static readonly DecimalRange FlowSampleRate = new(MinSampleRate, MaxSampleRate, "@pulumi/gcp 9.37.0 compute SubnetworkLogConfig.flowSampling; above 0 for CIS GCP 3.8", AboveMin: true);

    /// <summary>"Possible values are: INTERVAL_5_SEC, …, INTERVAL_15_MIN" (SubnetworkLogConfig.aggregationInterval). The
    /// CIS Google Cloud Platform Foundation Benchmark (v3.0.0, 3.8) asks for 5 seconds.</summary>
    public static readonly TextChoice AggregationIntervals = new(
        ["INTERVAL_5_SEC", "INTERVAL_30_SEC", "INTERVAL_1_MIN", "INTERVAL_5_MIN", "INTERVAL_10_MIN", "INTERVAL_15_MIN"],
        "@pulumi/gcp 9.37.0 compute SubnetworkLogConfig.aggregationInterval");

    /// <summary>"Possible values are: EXCLUDE_ALL_METADATA, INCLUDE_ALL_METADATA, CUSTOM_METADATA"; CUSTOM_METADATA needs
    /// a field list this program does not declare, so it is not offered.</summary>
    public static readonly TextChoice FlowLogMetadata = new(
        ["INCLUDE_ALL_METADATA", "EXCLUDE_ALL_METADATA"],
        "@pulumi/gcp 9.37.0 compute SubnetworkLogConfig.metadata (CUSTOM_METADATA left out)");
}
