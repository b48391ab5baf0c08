namespace Netra.Infra.Model;

/// <summary>What a profile gives a Cloud Run service. <see cref="Connector"/> is a connector role, or null.</summary>
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
    IReadOnlyList<TrafficTarget> Traffic);
