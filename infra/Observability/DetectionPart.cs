namespace Netra.Infra.Observability;

/// <summary>One term of a detection time: what waits, for how long, and where that figure comes from.</summary>
public sealed record DetectionPart(string What, int Seconds, string Source)
{
    public string Text => $"{What} {Seconds} s";
}
