namespace Netra.Infra.Model;

/// <summary>
/// A share of a service's traffic: the latest ready revision (<see cref="Revision"/> null), a named one, or one the
/// person names when they run the step (<see cref="NamedAtRunTime"/>: a pin chosen in advance goes stale, because old
/// revisions are deleted).
/// </summary>
public sealed record TrafficTarget(string? Revision, int Percent, bool NamedAtRunTime = false)
{
    /// <summary>What an offline plan shows for a pin nobody has named yet; the engine's compile never gets it.</summary>
    public const string Unnamed = "<named at run time>";

    public bool IsLatest => Revision is null && !NamedAtRunTime;
}
