using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// The conditions an alert runs with in a profile. Most have one, at its threshold; "at connector max instances" has one
/// per connector of the profile, because each connector has its own maximum, and a connector never scales in
/// (https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling): at its maximum it has nothing left to give.
/// </summary>
public static class AlertConditions
{
    public static IReadOnlyList<AlertConditionInstance> For(AlertSpec alert, EnvironmentSpec environment, ProfileSpec profile)
    {
        if (!alert.AtConnectorMaxInstances)
        {
            var threshold = AlertThresholds.For(alert, environment, profile);
            var note = alert.FractionOfMaxConnections is { } fraction
                ? $"Threshold {threshold}: {fraction:0.##} of max_connections {Capacity.ConnectionBudget.MaxConnectionsOf(environment, profile)}."
                : alert.Condition switch
                {
                    AlertCondition.LogMatch => $"Fires on each matching log entry, at most once every {alert.RateLimitSeconds} s.",
                    AlertCondition.PromQl => $"Fires while the query returns a series for {alert.DurationSeconds} s.",
                    _ => $"Threshold {threshold}.",
                };
            return [new AlertConditionInstance(alert.DisplayName, alert.Filter, threshold, note)];
        }

        return profile.Connectors
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (Spec: environment.Connectors[c.Key], Capacity: c.Value))
            .Select(c => new AlertConditionInstance(
                $"{alert.DisplayName}: {c.Spec.Name}",
                $"{alert.Filter} AND resource.label.connector_name=\"{c.Spec.Name}\"",
                // Instances are whole: above max - 1 is at the maximum.
                c.Capacity.MaxInstances - 1,
                $"{c.Spec.Name} at its {c.Capacity.MaxInstances} maximum instances."))
            .ToList();
    }
}
