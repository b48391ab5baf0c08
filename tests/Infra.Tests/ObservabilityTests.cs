using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Observability;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>Alert thresholds as pure functions per profile, and the policies' shape in what is emitted.</summary>
public class ObservabilityTests
{
    private static EnvironmentSpec Staging() => Programs.StagingEnvironment();

    [Theory]
    [InlineData("normal", "database-connections", 75)]
    [InlineData("emergency", "database-connections", 75)]
    [InlineData("rollback", "database-connections", 75)]
    [InlineData("normal", "unavailable-ratio", 0.05)]
    [InlineData("emergency", "connector-saturation-warning", 0.8)]
    [InlineData("emergency", "connector-saturation-critical", 0.9)]
    [InlineData("normal", "latency-p95", 10000)]
    public void Thresholds_per_profile(string profile, string alert, double expected)
    {
        var staging = Staging();

        AlertThresholds.For(staging.Observability.Alerts[alert], staging, staging.Profiles[profile]).Should().Be((decimal)expected);
    }

    [Fact]
    public void The_database_threshold_moves_with_the_profiles_max_connections()
    {
        var staging = Staging();
        var smaller = staging.Profiles["emergency"] with { DatabaseFlags = new Dictionary<string, string> { ["max_connections"] = "60" } };

        AlertThresholds.For(staging.Observability.Alerts["database-connections"], staging, smaller).Should().Be(45);
    }

    [Fact]
    public void Every_policy_notifies_the_team_and_points_to_the_generated_runbook()
    {
        var policies = Programs.Staging("normal").Resources.Where(r => r.Type == AlertPolicyComponent.Type).ToList();

        policies.Should().HaveCount(5);
        foreach (var policy in policies)
        {
            ((ListValue)policy.Properties["notificationChannels"]!).Items.Should().NotBeEmpty(policy.Name);
            var documentation = (MapValue)policy.Properties["documentation"]!;
            ((StringValue)documentation["content"]!).Value.Should().Contain("README, \"Incident\"", policy.Name);
        }
    }

    [Fact]
    public void The_unavailability_alert_is_a_real_ratio_of_log_based_metrics()
    {
        var policy = Programs.Staging("normal").Resources.Single(r => r.Name == "unavailable-ratio-alert");
        var condition = (MapValue)((MapValue)((ListValue)policy.Properties["conditions"]!).Items.Single())["conditionThreshold"]!;

        ((StringValue)condition["filter"]!).Value.Should().Contain("logging.googleapis.com/user/netra-cloud-run-unavailable");
        ((StringValue)condition["denominatorFilter"]!).Value.Should().Contain("logging.googleapis.com/user/netra-cloud-run-requests");
        condition["thresholdValue"].Should().Be(new DecimalValue(0.05m));
        Inventory(condition["aggregations"]!).Should().Be(Inventory(condition["denominatorAggregations"]!));
        policy.Options.DependsOn.Select(d => d.Resource).Should().Equal(MetricPropagationWaitComponent.LogicalName);
        ((MapValue)policy.Properties["alertStrategy"]!)["notificationRateLimit"].Should().BeNull("metric-threshold policies must not set one");
    }

    [Fact]
    public void Policies_on_built_in_metrics_do_not_wait_for_log_metrics()
    {
        var policy = Programs.Staging("normal").Resources.Single(r => r.Name == "latency-p95-alert");

        policy.Options.DependsOn.Should().BeEmpty();
    }

    private static string Inventory(PropertyValue value) =>
        Netra.Infra.Plan.Inventory.Fields(new ResourceDeclaration("x", "t", new MapValue { { "v", value } }, new ResourceOptions(), []))
            .Aggregate("", (text, field) => text + field.Path + "=" + field.Value + ";");
}
