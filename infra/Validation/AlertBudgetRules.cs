using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Observability;

namespace Netra.Infra.Validation;

/// <summary>
/// An alert whose threshold follows the connection budget must be able to fire: when a profile's design holds up to
/// max_connections at some step's worst moment, more than that is refused by PostgreSQL before Monitoring sees it. It
/// builds each profile's steps, so it runs with the step rules, on valid data only.
/// </summary>
public static class AlertBudgetRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Diagnostics.HasErrors)
        {
            return;
        }

        var environment = context.Environment;
        foreach (var (name, alert) in environment.Observability.Alerts.Where(a => a.Value.ThresholdFrom == ThresholdSource.ConnectionBudget))
        {
            foreach (var profile in environment.Profiles.Values)
            {
                var threshold = ConnectionBudgetThreshold.For(environment, profile);
                if (threshold.MaxConnections > 0 && threshold.Connections >= threshold.MaxConnections)
                {
                    context.Error(DiagnosticCodes.AlertThreshold, $"observability.alerts.{name}.thresholdFrom",
                        $"in profile {profile.Name} the design holds {threshold.Connections} of max_connections {threshold.MaxConnections} ({threshold.Worst}): above it the instance refuses connections, so this alert can never fire; lower the pools so that the worst moment leaves room");
                }
            }
        }
    }
}
