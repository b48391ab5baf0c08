namespace Netra.Infra.Timing;

/// <summary>
/// One wait of an `up` and how long it may last: a documented limit (a provider timeout, a probe's startup
/// window) or an allowance the data states, <see cref="Inferred"/> when nobody has measured it yet, with the command that
/// <see cref="Measures"/> it.
/// </summary>
public sealed record Bound(string What, int Seconds, string Source, bool Inferred = false, string? Measures = null)
{
    public string Text => $"{What} {Durations.Text(Seconds)}{(Inferred ? " (inferred)" : "")}";
}
