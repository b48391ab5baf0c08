using FluentAssertions;
using Netra.Infra.Cost;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>What Cloud Monitoring bills for the checks and alerts, at list prices: every execution of every checker,
/// every condition per 30-day month; the same in every profile, so no switch changes it.</summary>
public class MonitoringCostTests
{
    [Fact]
    public void Uptime_checks_are_priced_per_execution_of_every_checker()
    {
        var staging = Programs.StagingEnvironment();

        var line = MonitoringCost.UptimeChecks(staging, StepData.Prices())!;

        // Two hosts × four checkers × 1,440 executions a day at $0.30 per 1,000.
        line.Detail.Should().Be("2 host(s) × 4 checkers every 60 s");
        line.LowPerDay.Should().Be(2 * 4 * 1440 * 0.0003m);
        line.Prices.Single().ThirdParty.Should().BeTrue("Google's pricing table was not read here");
    }

    [Fact]
    public void Alerting_is_priced_per_condition_and_a_ratio_s_volume_is_a_condition_too()
    {
        var staging = Programs.StagingEnvironment();

        var line = MonitoringCost.AlertingConditions(staging, staging.Profiles["normal"], StepData.Prices())!;

        // 18 policies; the two ratios with a minimum volume have two conditions each.
        line.Detail.Should().Be("18 policies, 20 conditions");
        line.LowPerDay.Should().Be(20 * 1.50m / 30);
    }

    [Fact]
    public void A_price_table_without_monitoring_prices_says_what_is_not_priced()
    {
        var staging = Programs.StagingEnvironment();
        var empty = new PriceTable("prices/none.yaml", new Dictionary<string, Price>());

        MonitoringCost.UptimeChecks(staging, empty)!.Missing.Should().Equal(PriceIds.UptimeCheckExecution);
        MonitoringCost.AlertingConditions(staging, staging.Profiles["normal"], empty)!.Amount.Should().Be("not priced");
    }
}
