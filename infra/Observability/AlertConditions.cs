using System.Globalization;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// The conditions an alert runs with in a profile. A threshold or log-match condition is one, as the data gives it; a
/// ratio with a minimum volume is two, joined so that both must hold on the same service (<see cref="Combiner"/>);
/// the connector conditions are generated for the profile's connectors, each at its own numbers.
/// </summary>
public static class AlertConditions
{
    /// <summary>"An incident is created only if all conditions are met simultaneously on at least one resource"
    /// (AlertPolicy.combiner AND_WITH_MATCHING_RESOURCE): the ratio and its volume, on the same service.</summary>
    public const string MatchingResource = "AND_WITH_MATCHING_RESOURCE";

    public static string Combiner(AlertSpec alert) => alert.MinimumDenominator is not null ? MatchingResource : "OR";

    public static IReadOnlyList<AlertConditionInstance> For(AlertSpec alert, EnvironmentSpec environment, ProfileSpec profile)
    {
        switch (alert.Condition)
        {
            case AlertCondition.LogMatch:
                return [new(alert.DisplayName, alert.Condition, alert.Filter, 0, $"Fires on each matching log entry, at most once every {alert.RateLimitSeconds} s.")];
            case AlertCondition.PromQl:
                return [new(alert.DisplayName, alert.Condition, "", 0, $"Fires while the query returns a series for {alert.DurationSeconds} s.", Query: alert.Query)];
            case AlertCondition.ConnectorReachedMaximum:
                return [new(alert.DisplayName, alert.Condition, "", 0,
                    $"Fires when a connector reaches its maximum ({string.Join(", ", ConnectorQueries.Of(environment, profile).Select(c => $"{c.Spec.Name} {c.Capacity.MaxInstances}"))}) and closes {alert.WindowSeconds / 60} min later: connectors never scale in.",
                    Query: ConnectorQueries.ReachedMaximum(environment, profile, alert.WindowSeconds))];
            case AlertCondition.ConnectorThroughput:
                var fraction = alert.Threshold ?? 0;
                return [new(alert.DisplayName, alert.Condition, "", fraction,
                    $"Fires when a connector's traffic exceeds {fraction.ToString("0.##", CultureInfo.InvariantCulture)} of its ceiling: {string.Join(", ", ConnectorQueries.Of(environment, profile).Select(c => $"{c.Spec.Name} above {ConnectorQueries.ThroughputLimitMbps(c.Capacity, fraction):N0} of {VpcConnectorLimits.CeilingMbps(c.Capacity.MachineType, c.Capacity.MaxInstances):N0} Mbps ({c.Capacity.MaxInstances} × {c.Capacity.MachineType})"))}.",
                    Query: ConnectorQueries.Throughput(environment, profile, alert.WindowSeconds, fraction))];
        }

        var threshold = AlertThresholds.For(alert, environment, profile);
        var note = alert.ThresholdFrom == ThresholdSource.ConnectionBudget
            ? BudgetNote(environment, threshold)
            : $"Threshold: {(alert.Comparison == "COMPARISON_LT" ? "below" : "above")} {threshold.ToString(CultureInfo.InvariantCulture)}.";
        var main = new AlertConditionInstance(alert.DisplayName, alert.Condition, alert.Filter, threshold, note, alert.Comparison, alert.DenominatorFilter);
        if (alert.MinimumDenominator is not { } minimum || alert.DenominatorFilter is not { } denominator)
        {
            return [main];
        }

        // Counts are whole: more than minimum - 1 is at least the minimum.
        return [main, new AlertConditionInstance($"{alert.DisplayName}: at least {minimum} requests", AlertCondition.Threshold, denominator, minimum - 1,
            $"Only with at least {minimum} requests in {alert.WindowSeconds / 60} min: a handful of failures in a quiet hour is not an outage.")];
    }

    private static string BudgetNote(EnvironmentSpec environment, decimal threshold)
    {
        var budget = ConnectionBudgetThreshold.For(environment);
        return $"Threshold {threshold}: the most the services' pools hold, {budget.Worst}; above it the reserve is in use or something outside the budget holds connections.";
    }
}
