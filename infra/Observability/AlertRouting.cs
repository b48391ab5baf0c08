using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// Where an alert goes: the channels `notify` gives its severity, those declared now, and those that wait for a person to
/// add their key (<see cref="ChannelKey"/>). A CRITICAL alert whose pager waits goes to the other channels until then,
/// and the plan says so.
/// </summary>
public static class AlertRouting
{
    public sealed record Route(IReadOnlyList<ChannelSpec> Declared, IReadOnlyList<ChannelSpec> Waiting);

    public static Route For(AlertSpec alert, ObservabilitySpec observability)
    {
        var channels = observability.ChannelsFor(alert.Severity);
        return new Route(channels.Where(c => c.Declared).ToList(), channels.Where(c => !c.Declared).ToList());
    }
}
