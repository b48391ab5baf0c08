namespace Netra.Infra.Model;

/// <summary>A share of a service's traffic: the latest ready revision (<see cref="Revision"/> null) or a named one.</summary>
public sealed record TrafficTarget(string? Revision, int Percent)
{
    public bool IsLatest => Revision is null;
}
