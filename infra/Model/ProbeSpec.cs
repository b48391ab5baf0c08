namespace Netra.Infra.Model;

/// <summary>A Cloud Run startup or liveness probe. <see cref="Path"/> is set for HTTP probes only.</summary>
public sealed record ProbeSpec(
    ProbeKind Kind,
    string? Path,
    int InitialDelaySeconds,
    int PeriodSeconds,
    int TimeoutSeconds,
    int FailureThreshold);
