namespace Netra.Infra.Timing;

/// <summary>Seconds as people read them in a runbook: `45 s`, `4 min 15 s`, `20 min`.</summary>
public static class Durations
{
    public static string Text(int seconds) => seconds switch
    {
        < 120 => $"{seconds} s",
        _ when seconds % 60 == 0 => $"{seconds / 60} min",
        _ => $"{seconds / 60} min {seconds % 60} s",
    };

    /// <summary>A bound that may be missing: null means no documented limit ends the wait.</summary>
    public static string Text(int? seconds) => seconds is { } s ? Text(s) : "no upper bound";
}
