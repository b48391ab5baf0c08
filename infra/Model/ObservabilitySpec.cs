namespace Netra.Infra.Model;

/// <summary>
/// Notification channels and where each severity goes (<see cref="Notify"/>: severity → channel names), the front
/// door's uptime checks, log-based metrics and alert policies. <see cref="PropagationSeconds"/> is how long a first
/// `up` waits between creating log-based metrics and the policies that read them (TPG#11102).
/// </summary>
public sealed record ObservabilitySpec(
    IReadOnlyDictionary<string, ChannelSpec> Channels,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Notify,
    UptimeCheckSpec? UptimeChecks,
    int PropagationSeconds,
    IReadOnlyDictionary<string, LogMetricSpec> LogMetrics,
    IReadOnlyDictionary<string, AlertSpec> Alerts)
{
    public static readonly ObservabilitySpec None = new(
        new Dictionary<string, ChannelSpec>(), new Dictionary<string, IReadOnlyList<string>>(), null, 0,
        new Dictionary<string, LogMetricSpec>(), new Dictionary<string, AlertSpec>());

    /// <summary>The channels an alert of <paramref name="severity"/> goes to, as declared.</summary>
    public IReadOnlyList<ChannelSpec> ChannelsFor(string severity) =>
        Notify.TryGetValue(severity, out var names) ? names.Where(Channels.ContainsKey).Select(n => Channels[n]).ToList() : [];
}
