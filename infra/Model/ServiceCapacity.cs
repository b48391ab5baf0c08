namespace Netra.Infra.Model;

/// <summary>
/// What a profile gives a Cloud Run service. It reaches the VPC through <see cref="Connector"/> (a connector role), or
/// by <see cref="DirectEgress"/> (network interfaces in the environment's subnet), or not at all; never both.
/// <see cref="ExpectedEgressMbps"/> is the peak traffic the service sends into the VPC (required with a connector).
/// <see cref="EgressReason"/> says why a service sends all of its traffic through its connector (required for
/// all-traffic); <see cref="CapacityReason"/> why it has less capacity than in the steady profile (required then).
/// Min and max instances are the service's (service-level scaling), shared by every revision that serves.
/// </summary>
public sealed record ServiceCapacity(
    string Cpu,
    string Memory,
    int MinInstances,
    int MaxInstances,
    int Concurrency,
    int TimeoutSeconds,
    string? Connector,
    Egress Egress,
    DatabasePool? DatabasePool,
    IReadOnlyList<TrafficTarget> Traffic,
    int? ExpectedEgressMbps = null,
    string? EgressReason = null,
    string? CapacityReason = null,
    bool DirectEgress = false)
{
    /// <summary>Whether the service sends traffic into the VPC at all, by either route.</summary>
    public bool ReachesVpc => Connector is not null || DirectEgress;

    /// <summary>The most database connections the service's revision holds at full scale-out.</summary>
    public int MaxConnections => DatabasePool is { } pool ? MaxInstances * pool.PerInstance : 0;
}
