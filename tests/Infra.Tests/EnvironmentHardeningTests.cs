using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Components.FrontDoor;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The environment's security items (CIS Google Cloud Platform Foundation Benchmark v3.0.0 3.8, 3.9, 6.2.2, 6.2.3, 6.2.7,
/// 6.6): as data, each a one-time step where it touches what runs, none reachable from an incident step, and the
/// emitted programs as the data says today and after each step.
/// </summary>
public class EnvironmentHardeningTests
{
    private static ProgramDeclaration After(string step)
    {
        var environment = StepData.After(step).Environment;
        return StackProgram.Build(new Deployment(environment, environment.Profiles["normal"]));
    }

    private static ResourceDeclaration Resource(ProgramDeclaration program, string name) => program.Resources.Single(r => r.Name == name);

    private static MapValue Map(PropertyValue? value) => (MapValue)value!;

    [Fact]
    public void Connection_logging_flags_are_cloud_sql_flags_that_reload_without_a_restart()
    {
        foreach (var name in new[] { "log_connections", "log_disconnections" })
        {
            CloudSqlFlags.Allowed[name].Should().Be(new SqlFlag(name, SqlFlagKind.OnOff, 0, 0, "", RequiresRestart: false));
        }

        CloudSqlFlags.Allowed["log_min_duration_statement"].Should().Match<SqlFlag>(f => f.Min == -1 && !f.RequiresRestart, "-1 turns the statement log off");
    }

    [Fact]
    public void The_database_logging_step_adds_the_connection_logs_and_turns_the_statement_log_off_in_place()
    {
        Programs.StagingEnvironment().Database.Flags.Should().Equal(new Dictionary<string, string> { ["log_min_duration_statement"] = "1000" }, "the file states the flags the instance runs with today");

        var plan = StepData.Plan("database-logging");
        plan.Changes.Select(c => (c.Name, c.Disruption)).Should().Equal([("database-instance", Disruption.InPlace)], "no flag of it restarts the instance");
        var flags = Programs.StagingEnvironment().OneTimeSteps.Single(s => s.Name == "database-logging").Sets;
        flags.Should().Equal([("database.flags.log_connections", "on"), ("database.flags.log_disconnections", "on"), ("database.flags.log_min_duration_statement", "-1")]);
        var yaml = Netra.Infra.Emit.PulumiYamlEmitter.Emit(After("database-logging"));
        yaml.Should().Contain("- name: log_connections\n            value: \"on\"").And.Contain("- name: log_disconnections\n            value: \"on\"")
            .And.Contain("- name: log_min_duration_statement\n            value: \"-1\"");
    }

    [Fact]
    public void The_public_ip_is_data_marked_inferred_and_leaving_it_is_a_reachability_step()
    {
        var environment = Programs.StagingEnvironment();
        var ip = Map(Map(Resource(Programs.Staging("normal"), CloudSqlInstanceComponent.LogicalName).Properties["settings"])["ipConfiguration"]);

        environment.Database.Ipv4Enabled.Should().BeTrue("record 004 reaches the instance with gcloud sql connect");
        ip["ipv4Enabled"].Should().Be(new BoolValue(true));
        environment.Inferred.Should().Contain(f => f.Key == "database.ipv4Enabled" && f.Confirm.Contains("settings.ipConfiguration.ipv4Enabled", StringComparison.Ordinal));
        var plan = StepData.Plan("database-private-ip-only");
        plan.Changes.Select(c => (c.Name, c.Disruption)).Should().Equal([("database-instance", Disruption.Reachability)]);
        Map(Map(Resource(After("database-private-ip-only"), CloudSqlInstanceComponent.LogicalName).Properties["settings"])["ipConfiguration"])["ipv4Enabled"]
            .Should().Be(new BoolValue(false));
    }

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Every_profile_declares_the_modern_ssl_policy_and_the_subnet_s_flow_logs(string profile)
    {
        var program = Programs.Staging(profile);

        var policy = Resource(program, FrontDoorNames.SslPolicy);
        policy.Type.Should().Be(SslPolicyComponent.Type);
        (policy.Properties["profile"], policy.Properties["minTlsVersion"]).Should().Be((new StringValue("MODERN"), new StringValue("TLS_1_2")));
        Resource(program, FrontDoorNames.HttpsProxy).Properties["sslPolicy"].Should().BeNull("until the one-time step front-door-modern-tls, the proxy keeps what it runs");
        var logs = Map(Resource(program, DirectEgressSubnetComponent.LogicalName).Properties["logConfig"]);
        (logs["aggregationInterval"], logs["flowSampling"], logs["metadata"]).Should().Be((new StringValue("INTERVAL_5_SEC"), new DecimalValue(1m), new StringValue("INCLUDE_ALL_METADATA")));
    }

    [Fact]
    public void Attaching_the_ssl_policy_is_a_reachability_step_of_the_proxy_alone()
    {
        var plan = StepData.Plan("front-door-modern-tls");

        plan.Changes.Select(c => (c.Name, c.Disruption)).Should().Equal([(FrontDoorNames.HttpsProxy, Disruption.Reachability)]);
        Resource(After("front-door-modern-tls"), FrontDoorNames.HttpsProxy).Properties["sslPolicy"].Should().Be(new ReferenceValue(FrontDoorNames.SslPolicy, "selfLink"));
        Programs.StagingEnvironment().Inferred.Should().Contain(f => f.Key == "frontDoor.tls.attached" && f.Confirm.Contains("value(sslPolicy)", StringComparison.Ordinal));
    }

    [Fact]
    public void Request_logs_are_off_as_today_and_their_step_turns_them_on_in_place_on_every_backend_service()
    {
        var before = Programs.Staging("normal").Resources.Where(r => r.Type == BackendServiceComponent.Type).ToList();
        before.Should().HaveCount(3).And.OnlyContain(r => Map(r.Properties["logConfig"])["enable"] == new BoolValue(false) && Map(r.Properties["logConfig"])["sampleRate"] == null);

        var plan = StepData.Plan("front-door-request-logs");

        plan.Changes.Should().HaveCount(3).And.OnlyContain(c => c.Type == BackendServiceComponent.Type && c.Disruption == Disruption.InPlace);
        After("front-door-request-logs").Resources.Where(r => r.Type == BackendServiceComponent.Type)
            .Should().OnlyContain(r => Map(r.Properties["logConfig"])["enable"] == new BoolValue(true) && Map(r.Properties["logConfig"])["sampleRate"] == new DecimalValue(1m));
    }

    [Fact]
    public void No_incident_step_changes_the_ip_the_tls_the_logs_or_an_identity()
    {
        var environment = Programs.StagingEnvironment();
        var changed = environment.Transitions.Where(t => t.Incident)
            .SelectMany(t => SwitchPlanner.Build(Repo.Root, environment, t.From, t.To, null).Steps.Single().Changes)
            .SelectMany(c => c.Fields.Select(f => f.Path)).ToList();

        changed.Should().NotBeEmpty();
        changed.Should().NotContain(p => p.Contains("ipv4Enabled", StringComparison.Ordinal) || p.Contains("sslPolicy", StringComparison.Ordinal)
            || p.Contains("logConfig", StringComparison.Ordinal) || p.Contains("databaseFlags", StringComparison.Ordinal) || p.Contains("serviceAccount", StringComparison.Ordinal));
    }

    [Fact]
    public void The_account_each_service_runs_as_today_is_inferred_and_said_beside_the_service()
    {
        var environment = Programs.StagingEnvironment();

        environment.Services.Values.Should().OnlyContain(s => s.RunsAs == ServiceSpec.DefaultComputeAccount && s.RunsAsDefaultComputeAccount);
        environment.Inferred.Should().Contain(f => f.Key == "services.*.runsAs" && f.Confirm.Contains("spec.template.spec.serviceAccountName", StringComparison.Ordinal));
        Resource(Programs.Staging("normal"), "backend-service").Comments.Should().Contain(n => n.Contains("Compute Engine default service account", StringComparison.Ordinal) && n.Contains("own-identities", StringComparison.Ordinal));
        Resource(Programs.Owned("normal"), "backend-service").Comments.Should().NotContain(n => n.Contains("Compute Engine default", StringComparison.Ordinal));
    }

    [Fact]
    public void From_github_a_step_takes_the_runner_and_its_setup_on_top_and_fresh_the_build_and_plugins()
    {
        var allowances = Programs.StagingEnvironment().Allowances;

        var relief = Netra.Infra.Timing.BreakGlassRelief.For(allowances, 260);

        relief.Cached.Should().Be(260 + allowances.RunnerStart.Seconds + allowances.RunnerSetup.Seconds);
        relief.Fresh.Should().Be(relief.Cached + allowances.Build.Seconds + allowances.PluginInstall.Seconds);
        relief.Sentence.Should().Be("up to 5 min 50 s cached, 8 min 20 s fresh (runner start 30 s + setup 60 s; fresh adds build 90 s + plugins 60 s, inferred), once a reviewer approves");
        new[] { allowances.RunnerStart, allowances.RunnerSetup }.Should().OnlyContain(a => a.Inferred && a.Confirm.StartsWith("gh run view", StringComparison.Ordinal));
    }
}
