using System.Globalization;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Observability;

namespace Netra.Infra.Cost;

/// <summary>
/// What Cloud Monitoring bills for what this program declares, at list prices before the free allotments: each uptime
/// check execution (every checker of every check, once a period) and each condition of an alerting policy, per month.
/// The time series a condition returns are billed too ($0.35 per million, https://cloud.google.com/monitoring/alerts/cost-control),
/// but how many depends on the load (one per service, revision, connector that reports), so they are left out like traffic.
/// </summary>
public static class MonitoringCost
{
    private const decimal SecondsPerDay = 86_400;

    /// <summary>Google's alerting prices count 30-day months ("The following examples take place in a 30-day month",
    /// https://cloud.google.com/stackdriver/docs/observability/pricing-examples).</summary>
    private const decimal DaysPerMonth = 30;

    public static CostLine? UptimeChecks(EnvironmentSpec environment, PriceTable prices)
    {
        if (environment.Observability.UptimeChecks is not { } checks || environment.FrontDoor is not { } door)
        {
            return null;
        }

        var hosts = door.Routes.Select(r => r.Host).Distinct(StringComparer.Ordinal).Count(checks.Paths.ContainsKey);
        var checkers = UptimeCheckLimits.CheckersOf(checks.Regions).Count;
        var perDay = hosts * checkers * (SecondsPerDay / checks.PeriodSeconds);
        var (item, detail) = ("uptime checks", $"{hosts} host(s) × {checkers} checkers every {checks.PeriodSeconds} s");
        if (prices.Find(PriceIds.UptimeCheckExecution) is not { } price)
        {
            return new CostLine(item, detail, "", null, null, [], [PriceIds.UptimeCheckExecution]);
        }

        var usd = perDay * price.Usd;
        return new CostLine(item, detail,
            $"{perDay.ToString("N0", CultureInfo.InvariantCulture)} executions/day × ${price.Usd.ToString(CultureInfo.InvariantCulture)} (before the free allotment)",
            usd, usd, [price], []);
    }

    public static CostLine? AlertingConditions(EnvironmentSpec environment, ProfileSpec profile, PriceTable prices)
    {
        var alerts = environment.Observability.Alerts.Values.ToList();
        if (alerts.Count == 0)
        {
            return null;
        }

        var conditions = alerts.Sum(a => AlertConditions.For(a, environment, profile).Count);
        var (item, detail) = ("alerting policies", $"{alerts.Count} policies, {conditions} conditions");
        if (prices.Find(PriceIds.AlertingConditionMonth) is not { } price)
        {
            return new CostLine(item, detail, "", null, null, [], [PriceIds.AlertingConditionMonth]);
        }

        var usd = conditions * price.Usd / DaysPerMonth;
        return new CostLine(item, detail,
            $"{conditions} conditions × ${price.Usd.ToString(CultureInfo.InvariantCulture)}/month ÷ 30 days; the time series they return are load and left out",
            usd, usd, [price], []);
    }
}
