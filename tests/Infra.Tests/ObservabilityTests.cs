using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Observability;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Netra.Infra.Validation;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>Alert thresholds as pure functions per profile, and the policies' shape in what is emitted.</summary>
public class ObservabilityTests
{
    private static EnvironmentSpec Staging() => Programs.StagingEnvironment();

    [Theory]
    [InlineData("normal", "database-connections", 88)]
    [InlineData("emergency", "database-connections", 88)]
    [InlineData("rollback", "database-connections", 88)]
    [InlineData("normal", "unavailable-ratio", 0.05)]
    [InlineData("normal", "lb-5xx-ratio", 0.05)]
    [InlineData("emergency", "connector-saturation-warning", 0.8)]
    [InlineData("emergency", "connector-saturation-critical", 0.9)]
    [InlineData("normal", "latency-p95", 10000)]
    [InlineData("normal", "certificate-expiry", 14)]
    public void Thresholds_per_profile(string profile, string alert, double expected)
    {
        var staging = Staging();

        AlertThresholds.For(staging.Observability.Alerts[alert], staging, staging.Profiles[profile]).Should().Be((decimal)expected);
    }

    [Fact]
    public void The_database_threshold_is_the_most_the_pools_hold_at_any_step_s_worst_moment_the_reserve_left_out()
    {
        var threshold = ConnectionBudgetThreshold.For(Staging());

        // The step emergency → direct after normal → emergency: three backend revisions (6 × (3+1) each) beside auth's
        // 4 × (2+2); the 74 of a single switch and the reserve's 10 stay below it.
        threshold.Connections.Should().Be((3 * 24) + 16);
        threshold.MaxConnections.Should().Be(100);
        threshold.Worst.Should().StartWith("the step emergency → direct at its worst moment").And.EndWith("less the reserve's 10");
    }

    [Fact]
    public void The_database_threshold_moves_with_the_pools()
    {
        var staging = Staging();
        // Every profile's backend pool one smaller: 6 × (2+1) = 18 a revision.
        var smaller = staging with
        {
            Profiles = staging.Profiles.ToDictionary(p => p.Key, p => p.Value with
            {
                Services = p.Value.Services.ToDictionary(s => s.Key, s => s.Key == "backend" ? s.Value with { DatabasePool = new DatabasePool(2, 1) } : s.Value),
            }),
        };

        AlertThresholds.For(smaller.Observability.Alerts["database-connections"], smaller, smaller.Profiles["normal"]).Should().Be((3 * 18) + 16);
    }

    [Fact]
    public void The_database_threshold_is_the_same_in_every_profile_so_no_switch_changes_an_alert_policy()
    {
        var policies = Programs.StagingProfiles.Select(p => Programs.Staging(p).Resources.Single(r => r.Name == "database-connections-alert")).ToList();

        policies.Select(p => Netra.Infra.Plan.Inventory.Fields(p).Single(f => f.Path.EndsWith("thresholdValue", StringComparison.Ordinal)).Value).Distinct().Should().Equal("88");
    }

    [Fact]
    public void Every_policy_notifies_its_severity_s_channels_and_names_its_runbook_step_command()
    {
        var staging = Programs.StagingEnvironment();
        var policies = Programs.Staging("normal").Resources.Where(r => r.Type == AlertPolicyComponent.Type).ToList();

        policies.Should().HaveCount(staging.Observability.Alerts.Count).And.HaveCount(18);
        foreach (var (name, alert) in staging.Observability.Alerts)
        {
            var policy = policies.Single(p => p.Name == AlertPolicyComponent.LogicalName(name));
            ((ListValue)policy.Properties["notificationChannels"]!).Items.Should().Equal([new ReferenceValue("oncall-email-channel", "name")], name);
            var content = ((StringValue)((MapValue)policy.Properties["documentation"]!)["content"]!).Value;
            content.Should().Contain(alert.Step is { } step
                ? $"Runbook step {step.From} → {step.To}: `bin/netra-infra switch --stack staging --to {step.To}"
                : "Runbook: docs/runbook.md, \"When an alert fires\".", name);
            ((MapValue)policy.Properties["alertStrategy"]!)["autoClose"].Should().Be(new StringValue("1800s"), "an incident whose series stopped closes");
            if (alert.Step is { } declared)
            {
                staging.Transitions.Should().Contain(t => t.From == declared.From && t.To == declared.To, name);
            }
        }
    }

    [Fact]
    public void Critical_alerts_page_once_the_pager_s_key_is_added_and_say_who_they_miss_until_then()
    {
        var staging = Staging();
        var keyed = WithPagerKey(staging, "1");

        var before = Policy(staging, "front-door-uptime");
        var after = Policy(keyed, "front-door-uptime");

        ((ListValue)before.Properties["notificationChannels"]!).Items.Should().Equal([new ReferenceValue("oncall-email-channel", "name")]);
        Content(before).Should().Contain("Not yet sent to oncall-pager: its key is not added");
        ((ListValue)after.Properties["notificationChannels"]!).Items.Should().Equal(new ReferenceValue("oncall-pager-channel", "name"), new ReferenceValue("oncall-email-channel", "name"));
        Content(after).Should().NotContain("Not yet sent");
        ((ListValue)Policy(keyed, "database-up").Properties["notificationChannels"]!).Items.Should().Equal([new ReferenceValue("oncall-email-channel", "name")], "ERROR emails");
    }

    [Fact]
    public void The_pager_reads_its_key_from_its_secret_version_and_the_program_holds_no_value()
    {
        var program = StackProgram.Build(new Deployment(WithPagerKey(Staging(), "3"), Staging().Profiles["normal"]));
        var pager = program.Resources.Single(r => r.Name == "oncall-pager-channel");

        pager.Properties["type"].Should().Be(new StringValue("pagerduty"));
        var key = (InvokeValue)((MapValue)pager.Properties["sensitiveLabels"]!)["serviceKey"]!;
        key.Function.Should().Be("gcp:secretmanager:getSecretVersion");
        key.Return.Should().Be("secretData");
        key.Arguments["secret"].Should().Be(new ReferenceValue("oncall-paging-key-secret", "secretId"), "it waits for the container this program declares");
        key.Arguments["version"].Should().Be(new StringValue("3"));
        ResourceReferences.Of(pager).Should().Contain("oncall-paging-key-secret");
        Netra.Infra.Emit.PulumiYamlEmitter.Emit(program).Should().Contain("fn::invoke:").And.Contain("function: gcp:secretmanager:getSecretVersion").And.Contain("return: secretData");
    }

    [Fact]
    public void Without_its_key_the_pager_is_not_declared_and_adoption_imports_the_email_channel_it_names()
    {
        var normal = Programs.Staging("normal");
        var adopted = Programs.Staging("normal", adopt: true);

        normal.Resources.Should().NotContain(r => r.Name == "oncall-pager-channel");
        adopted.Resources.Single(r => r.Name == "oncall-email-channel").Options.Import.Should().Be("projects/netra-staging/notificationChannels/EMAIL_ALERT");
    }

    [Fact]
    public void A_connector_s_maximum_is_an_event_each_connector_at_its_own_maximum_never_a_state_that_stays_open()
    {
        var policy = Programs.Staging("normal").Resources.Single(r => r.Name == "connector-at-max-instances-alert");
        var condition = (MapValue)((MapValue)((ListValue)policy.Properties["conditions"]!).Items.Single())["conditionPrometheusQueryLanguage"]!;
        var query = ((StringValue)condition["query"]!).Value;

        query.Should().Contain("connector_name=\"staging-connector\"}) >= 10 and on (connector_name)")
            .And.Contain("connector_name=\"staging-standby\"}) >= 3 and on (connector_name)")
            .And.Contain("(changes(vpcaccess_googleapis_com:connector_instances{monitored_resource=\"vpc_access_connector\",connector_name=\"staging-connector\"}[15m])) > 0");
        policy.Properties.Entries.Select(e => e.Key).Should().NotContain("conditionThreshold");
    }

    [Fact]
    public void Every_connector_s_traffic_is_watched_against_its_own_ceiling_the_standby_included()
    {
        var policy = Programs.Staging("emergency").Resources.Single(r => r.Name == "connector-throughput-alert");
        var query = ((StringValue)((MapValue)((MapValue)((ListValue)policy.Properties["conditions"]!).Items.Single())["conditionPrometheusQueryLanguage"]!)["query"]!).Value;

        // 80% of 10 × e2-micro (100 Mbps each) and of 3 × e2-standard-4 (1,600 Mbps each).
        query.Split(" or ").Should().HaveCount(2);
        query.Should().Contain("connector_name=\"staging-connector\"}[1m]))) * 8 / 1000000 > 800)")
            .And.Contain("connector_name=\"staging-standby\"}[1m]))) * 8 / 1000000 > 3840)");
    }

    [Fact]
    public void A_ratio_fires_only_with_its_minimum_volume_on_the_same_resource()
    {
        var policy = Programs.Staging("normal").Resources.Single(r => r.Name == "lb-5xx-ratio-alert");
        var conditions = ((ListValue)policy.Properties["conditions"]!).Items.Cast<MapValue>().Select(c => (MapValue)c["conditionThreshold"]!).ToList();

        policy.Properties["combiner"].Should().Be(new StringValue("AND_WITH_MATCHING_RESOURCE"));
        conditions.Should().HaveCount(2);
        conditions[0]["denominatorFilter"].Should().NotBeNull();
        conditions[1]["filter"].Should().Be(conditions[0]["denominatorFilter"], "the volume is the ratio's own denominator");
        conditions[1]["thresholdValue"].Should().Be(new DecimalValue(99), "more than 99 is at least 100 requests");
        conditions[1].Entries.Select(e => e.Key).Should().NotContain("denominatorFilter");
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
        promql["duration"].Should().Be(new StringValue("1560s"), "two drains of the longest request timeout, the query's range and a sample: 2 × 600 + 300 + 60");
        ((StringValue)((MapValue)Condition("latency-p95")["conditionThreshold"]!)["filter"]!).Value
            .Should().EndWith("metric.label.response_code_class=one_of(\"2xx\", \"3xx\", \"4xx\", \"5xx\")", "WebSocket sessions answer 101 and last up to the request timeout");
    }

    [Fact]
    public void The_database_going_quiet_counts_as_down_and_certificate_expiry_compares_below()
    {
        var resources = Programs.Staging("normal").Resources.ToDictionary(r => r.Name);
        MapValue Threshold(string alert) => (MapValue)((MapValue)((ListValue)resources[$"{alert}-alert"].Properties["conditions"]!).Items.Single())["conditionThreshold"]!;

        Threshold("database-up")["evaluationMissingData"].Should().Be(new StringValue("EVALUATION_MISSING_DATA_ACTIVE"));
        Threshold("database-up")["comparison"].Should().Be(new StringValue("COMPARISON_LT"));
        Threshold("certificate-expiry")["comparison"].Should().Be(new StringValue("COMPARISON_LT"));
        Threshold("certificate-expiry")["thresholdValue"].Should().Be(new DecimalValue(14));
    }

    [Fact]
    public void The_unavailability_alert_is_a_real_ratio_of_log_based_metrics()
    {
        var policy = Programs.Staging("normal").Resources.Single(r => r.Name == "unavailable-ratio-alert");
        var condition = (MapValue)((MapValue)((ListValue)policy.Properties["conditions"]!).Items[0])["conditionThreshold"]!;

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

    [Fact]
    public void Every_log_based_metric_feeds_an_alert()
    {
        var observability = Programs.StagingEnvironment().Observability;

        observability.LogMetrics.Values.Should().OnlyContain(m => observability.Alerts.Values.Any(a => a.Filter.Contains(m.MetricType) || (a.DenominatorFilter ?? "").Contains(m.MetricType)));
    }

    [Fact]
    public void The_staging_data_passes_every_observability_rule()
    {
        var diagnostics = new DiagnosticBag();

        EnvironmentValidator.Validate(new LoadedEnvironment(Staging(), new HashSet<string>()), diagnostics);

        diagnostics.Items.Where(d => d.Code.StartsWith("NETRA60", StringComparison.Ordinal)).Should().BeEmpty();
    }

    internal static EnvironmentSpec WithPagerKey(EnvironmentSpec staging, string version)
    {
        var pager = staging.Observability.Channels["oncall-pager"];
        var channels = new Dictionary<string, ChannelSpec>(staging.Observability.Channels)
        {
            ["oncall-pager"] = pager with { SensitiveLabels = pager.SensitiveLabels.ToDictionary(k => k.Key, k => k.Value with { Version = version }) },
        };
        return staging with { Observability = staging.Observability with { Channels = channels } };
    }

    private static ResourceDeclaration Policy(EnvironmentSpec environment, string alert) =>
        StackProgram.Build(new Deployment(environment, environment.Profiles["normal"])).Resources.Single(r => r.Name == AlertPolicyComponent.LogicalName(alert));

    private static string Content(ResourceDeclaration policy) => ((StringValue)((MapValue)policy.Properties["documentation"]!)["content"]!).Value;

    private static string Inventory(PropertyValue value) =>
        Netra.Infra.Plan.Inventory.Fields(new ResourceDeclaration("x", "t", new MapValue { { "v", value } }, new ResourceOptions(), []))
            .Aggregate("", (text, field) => text + field.Path + "=" + field.Value + ";");
}
