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
    public void Every_policy_notifies_the_team_and_names_its_runbook_step()
    {
        var staging = Programs.StagingEnvironment();
        var policies = Programs.Staging("normal").Resources.Where(r => r.Type == AlertPolicyComponent.Type).ToList();

        policies.Should().HaveCount(staging.Observability.Alerts.Count).And.HaveCount(10);
        foreach (var (name, alert) in staging.Observability.Alerts)
        {
            var policy = policies.Single(p => p.Name == AlertPolicyComponent.LogicalName(name));
            ((ListValue)policy.Properties["notificationChannels"]!).Items.Should().NotBeEmpty(policy.Name);
            var content = ((StringValue)((MapValue)policy.Properties["documentation"]!)["content"]!).Value;
            content.Should().Contain(alert.Step is { } step ? $"Runbook step: {step.From} → {step.To} (README, \"Incident\")." : "Runbook: README, \"Incident\", \"When an alert fires\".", name);
            if (alert.Step is { } declared)
            {
                staging.Transitions.Should().Contain(t => t.From == declared.From && t.To == declared.To, name);
            }
        }
    }

    [Fact]
    public void Every_log_based_metric_feeds_an_alert()
    {
        var observability = Programs.StagingEnvironment().Observability;

        observability.LogMetrics.Values.Should().OnlyContain(m => observability.Alerts.Values.Any(a => a.Filter.Contains(m.MetricType) || (a.DenominatorFilter ?? "").Contains(m.MetricType)));
    }

    [Fact]
    public void The_connector_at_max_alert_has_a_condition_per_connector_at_that_connector_s_maximum()
    {
        var policy = Programs.Staging("normal").Resources.Single(r => r.Name == "connector-at-max-instances-alert");
        var conditions = ((ListValue)policy.Properties["conditions"]!).Items.Cast<MapValue>().Select(c => (MapValue)c["conditionThreshold"]!).ToList();

        conditions.Select(c => (((StringValue)c["filter"]!).Value.Split(" AND ")[^1], c["thresholdValue"])).Should().Equal(
            ("resource.label.connector_name=\"staging-connector\"", new DecimalValue(9)),
            ("resource.label.connector_name=\"staging-standby\"", new DecimalValue(2)));
    }

    [Fact]
    public void The_new_alerts_watch_a_failed_revision_two_serving_revisions_and_leave_websockets_out_of_latency()
    {
        var resources = Programs.Staging("normal").Resources.ToDictionary(r => r.Name);
        MapValue Condition(string alert) => (MapValue)((ListValue)resources[$"{alert}-alert"].Properties["conditions"]!).Items.Single();

        ((StringValue)((MapValue)Condition("revision-not-ready")["conditionMatchedLog"]!)["filter"]!).Value.Should().Contain("Ready condition status changed to False");
        ((MapValue)resources["revision-not-ready-alert"].Properties["alertStrategy"]!)["notificationRateLimit"].Should().NotBeNull("a log-match policy needs one");
        var promql = (MapValue)Condition("several-revisions-serving")["conditionPrometheusQueryLanguage"]!;
        ((StringValue)promql["query"]!).Value.Should().StartWith("count by (service_name)").And.EndWith("> 1");
        promql["duration"].Should().Be(new StringValue("900s"));
        ((StringValue)((MapValue)Condition("latency-p95")["conditionThreshold"]!)["filter"]!).Value
            .Should().EndWith("metric.label.response_code_class=one_of(\"2xx\", \"3xx\", \"4xx\", \"5xx\")", "WebSocket sessions answer 101 and last up to the request timeout");
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
