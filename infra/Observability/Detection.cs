namespace Netra.Infra.Observability;

/// <summary>
/// The worst case from onset to notification of an alert: the sum of its parts, or null with <see cref="NoBound"/>
/// saying why when no source bounds a part. <see cref="Unconfirmed"/>: the metrics whose figures were not read on
/// Google's own page, each with the read-only command that shows the live ones.
/// </summary>
/// <see cref="Metric"/> is the metric whose figures decide (the slowest a condition reads).
public sealed record Detection(IReadOnlyList<DetectionPart> Parts, string? NoBound, IReadOnlyList<(string Metric, string Confirm)> Unconfirmed, string? Metric = null)
{
    public int? Seconds => NoBound is null ? Parts.Sum(p => p.Seconds) : null;

    /// <summary>`up to 250 s (monitoring.googleapis.com/uptime_check/check_passed): window 60 s + check timeout 10 s + …`.</summary>
    public string Text => Seconds is { } seconds
        ? $"up to {seconds} s ({Metric}): {string.Join(" + ", Parts.Select(p => p.Text))}"
        : $"no bound: {NoBound}";
}
