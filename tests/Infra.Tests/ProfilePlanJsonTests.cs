using System.Text.Json.Nodes;
using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>`plan --profile <p> --format json`: a document for machines that lists the profile's alerts with their
/// severity and detection time, and the switch's JSON is unchanged beside it.</summary>
public class ProfilePlanJsonTests
{
    [Fact]
    public void A_profile_s_json_lists_every_alert_with_its_severity_and_detection_seconds()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--profile", "emergency", "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        var document = JsonNode.Parse(run.Stdout)!;
        document["profile"]!.GetValue<string>().Should().Be("emergency");
        var alerts = document["alerts"]!.AsArray();
        alerts.Should().HaveCount(Programs.StagingEnvironment().Observability.Alerts.Count);
        var uptime = alerts.Single(a => a!["name"]!.GetValue<string>() == "front-door-uptime")!;
        (uptime["severity"]!.GetValue<string>(), uptime["detectionSeconds"]!.GetValue<int>(), uptime["budgetSeconds"]!.GetValue<int>()).Should().Be(("CRITICAL", 250, 300));
        uptime["waitingChannels"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("oncall-pager");
        alerts.Single(a => a!["name"]!.GetValue<string>() == "revision-not-ready")!["detectionSeconds"].Should().BeNull("a log-match condition has no documented bound");
        document["cost"]!["lines"]!.AsArray().Select(l => l!["item"]!.GetValue<string>()).Should().Contain(["uptime checks", "alerting policies"]);
    }

    [Fact]
    public void The_switch_s_json_has_no_alerts_section()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency", "--format", "json"]);

        var document = JsonNode.Parse(run.Stdout)!.AsObject();
        document.Select(p => p.Key).Should().Equal("environment", "unconfirmed", "from", "to", "summary", "upperBoundSeconds", "cost", "steps", "routes");
    }
}
