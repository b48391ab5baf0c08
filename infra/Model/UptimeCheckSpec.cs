namespace Netra.Infra.Model;

/// <summary>
/// How the front door's hosts are checked from outside: every routed host over HTTPS, its certificate validated, every
/// <see cref="PeriodSeconds"/> from each checker of <see cref="Regions"/>, a request allowed <see cref="TimeoutSeconds"/>.
/// <see cref="Paths"/> is the path requested on each host (host → path).
/// </summary>
public sealed record UptimeCheckSpec(int PeriodSeconds, int TimeoutSeconds, IReadOnlyList<string> Regions, IReadOnlyDictionary<string, string> Paths);
