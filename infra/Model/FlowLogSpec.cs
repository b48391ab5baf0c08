namespace Netra.Infra.Model;

/// <summary>
/// VPC flow logs of the direct-egress subnet (CIS Google Cloud Platform Foundation Benchmark v3.0.0, 3.8): how long a
/// connection's records are aggregated, the share of them kept, and whether metadata (VMs, services, locations) is added
/// (https://cloud.google.com/vpc/docs/flow-logs).
/// </summary>
public sealed record FlowLogSpec(string AggregationInterval, decimal FlowSampling, string Metadata);
