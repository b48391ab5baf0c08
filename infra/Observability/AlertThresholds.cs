using Netra.Infra.Capacity;
using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// The threshold an alert runs with in a profile: its fixed value, or, for the database, a fraction of the
/// profile's max_connections, so that switching profiles moves the alert with the limit.
/// </summary>
public static class AlertThresholds
{
    public static decimal For(AlertSpec alert, EnvironmentSpec environment, ProfileSpec profile) =>
        alert.FractionOfMaxConnections is { } fraction
            ? decimal.Floor(fraction * ConnectionBudget.MaxConnectionsOf(environment, profile))
            : alert.Threshold ?? 0;
}
