using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// The threshold an alert runs with in a profile: its fixed value, or, for the database, the most connections the
/// design holds in the profile (<see cref="ConnectionBudgetThreshold"/>), so that switching profiles moves the alert
/// with the budget.
/// </summary>
public static class AlertThresholds
{
    public static decimal For(AlertSpec alert, EnvironmentSpec environment, ProfileSpec profile) => alert.ThresholdFrom switch
    {
        ThresholdSource.ConnectionBudget => ConnectionBudgetThreshold.For(environment, profile).Connections,
        _ => alert.Threshold ?? 0,
    };
}
