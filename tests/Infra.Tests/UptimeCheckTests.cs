using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The front door watched from outside: one HTTPS check per routed host, its certificate validated, from at least three
/// distinct checkers at a period the API takes; anything else refused at load.
/// </summary>
public class UptimeCheckTests
{
    [Fact]
    public void Every_routed_host_is_checked_over_https_with_its_certificate_validated()
    {
        var checks = Programs.Staging("normal").Resources.Where(r => r.Type == UptimeCheckComponent.Type).ToList();

        checks.Select(c => ((MapValue)((MapValue)c.Properties["monitoredResource"]!)["labels"]!)["host"])
            .Should().Equal(new StringValue("staging.netrasystems.ai"), new StringValue("api-staging.netrasystems.ai"));
        foreach (var check in checks)
        {
            var http = (MapValue)check.Properties["httpCheck"]!;
            (http["useSsl"], http["validateSsl"], http["port"]).Should().Be((new BoolValue(true), new BoolValue(true), new NumberValue(443)));
            check.Properties["period"].Should().Be(new StringValue("60s"));
            ((ListValue)check.Properties["selectedRegions"]!).Items.Should().HaveCount(4);
        }
    }

    [Fact]
    public void Overlapping_regions_count_their_checkers_once()
    {
        UptimeCheckLimits.CheckersOf(["USA", "USA_IOWA"]).Should().Equal("USA_OREGON", "USA_IOWA", "USA_VIRGINIA");
        UptimeCheckLimits.CheckersOf(["EUROPE", "ASIA_PACIFIC"]).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(120, 10, new[] { "USA" }, "stacks/staging.yaml: error NETRA608: observability.uptimeChecks.periodSeconds: 120 is not a period the API takes (allowed: 60, 300, 600, 900; UptimeCheckConfig.period)")]
    [InlineData(60, 90, new[] { "USA" }, "stacks/staging.yaml: error NETRA608: observability.uptimeChecks.timeoutSeconds: 90 is out of range 1..60 (\"must be between 1 and 60 seconds\", UptimeCheckConfig.timeout)")]
    [InlineData(60, 10, new[] { "EUROPE", "ASIA_PACIFIC" }, "stacks/staging.yaml: error NETRA608: observability.uptimeChecks.regions: EUROPE, ASIA_PACIFIC run from 2 checker(s) (EUROPE, ASIA_PACIFIC); the API needs at least 3 (USA has three, EUROPE, SOUTH_AMERICA and ASIA_PACIFIC one each)")]
    public void Checks_the_api_would_refuse_are_refused_at_load(int period, int timeout, string[] regions, string error)
    {
        var staging = Programs.StagingEnvironment();
        var checks = staging.Observability.UptimeChecks! with { PeriodSeconds = period, TimeoutSeconds = timeout, Regions = regions };

        DetectionTimeTests.Errors(staging with { Observability = staging.Observability with { UptimeChecks = checks } }).Should().Contain(error);
    }

    [Fact]
    public void A_front_door_without_uptime_checks_is_refused_because_nothing_else_sees_it_fail()
    {
        var staging = Programs.StagingEnvironment();
        var alerts = staging.Observability.Alerts.Where(a => !a.Key.StartsWith("front-door-uptime", StringComparison.Ordinal) && a.Key != "certificate-expiry").ToDictionary(a => a.Key, a => a.Value);

        DetectionTimeTests.Errors(staging with { Observability = staging.Observability with { UptimeChecks = null, Alerts = alerts } })
            .Should().Equal("stacks/staging.yaml: error NETRA608: observability.uptimeChecks: the front door has no uptime checks: when the balancer or its certificate fails, Cloud Run sees no requests and no other alert fires; check every routed host (periodSeconds, timeoutSeconds, regions, paths)");
    }
}
