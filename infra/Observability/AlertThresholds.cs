using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// The threshold an alert runs with in a profile: its fixed value, or, for the database, the most connections the
/// services' pools hold at any moment the design produces (<see cref="ConnectionBudgetThreshold"/>), the same in every
/// profile.
/// </summary>
public static class AlertThresholds
{
    public static decimal For(AlertSpec alert, EnvironmentSpec environment, ProfileSpec profile) => alert.ThresholdFrom switch
    {
        ThresholdSource.ConnectionBudget => ConnectionBudgetThreshold.For(environment).Connections,
        _ => alert.Threshold ?? 0,
    };
}
