namespace Netra.Infra.Model;

/// <summary>
/// Log-based metrics, alert policies and where they notify. <see cref="PropagationSeconds"/> is how long a first
/// `up` waits between creating log-based metrics and the policies that read them (TPG#11102).
/// </summary>
public sealed record ObservabilitySpec(
    IReadOnlyList<string> NotificationEmails,
    int PropagationSeconds,
    IReadOnlyDictionary<string, LogMetricSpec> LogMetrics,
    IReadOnlyDictionary<string, AlertSpec> Alerts)
{
    public static readonly ObservabilitySpec None = new([], 0, new Dictionary<string, LogMetricSpec>(), new Dictionary<string, AlertSpec>());
}
