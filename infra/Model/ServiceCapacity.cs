namespace Netra.Infra.Model;

/// <summary>
/// What a profile gives a Cloud Run service. <see cref="Connector"/> is a connector role, or null;
/// <see cref="ExpectedEgressMbps"/> is the peak traffic the service sends through it (required with a connector).
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
    int? ExpectedEgressMbps = null);
