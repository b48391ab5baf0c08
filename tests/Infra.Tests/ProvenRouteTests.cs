using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// A proven route: auth on the standby every day (one-time step auth-on-standby), and startup probes that reach the
/// database, so a new revision on a broken route never takes traffic; one service an `up`, within the connection budget.
/// </summary>
public class ProvenRouteTests
{
    private const string ProbePath = "properties.template.containers[0].startupProbe.httpGet.path";

    [Fact]
    public void Auth_on_standby_is_one_new_auth_revision_that_moves_auth_from_the_primary_to_the_standby()
    {
        var step = StepData.Plan("auth-on-standby");

        var change = step.Changes.Should().ContainSingle().Which;
        change.Name.Should().Be("auth-service");
        change.Disruption.Should().Be(Disruption.NewRevision, "a connector change is a template change: the old revision serves until the new one is ready");
        change.Fields.Should().Equal(new FieldChange("properties.template.vpcAccess.connector", "${primary-connector.id}", "${standby-connector.id}"));
        step.Analysis.Connections.Fits.Should().BeTrue(step.Analysis.Connections.Summary);
        step.Transition.Should().BeNull("a one-time step is never a runbook step");
    }

    [Fact]
    public void After_auth_on_standby_the_standby_carries_auth_in_every_profile_within_what_it_carries()
    {
        var (after, diagnostics) = StepData.After("auth-on-standby");

        diagnostics.Where(d => d.IsError).Should().BeEmpty();
        foreach (var profile in after.Profiles.Values)
        {
            profile.Services["auth"].Connector.Should().Be("standby", profile.Name);
        }

        // The throughput rule's own arithmetic, on the two profiles that load the standby most and least.
        Mbps(after.Profiles["normal"], "standby").Should().Be(50);
        Mbps(after.Profiles["normal"], "primary").Should().Be(400, "the primary keeps the backend alone");
        Mbps(after.Profiles["emergency"], "standby").Should().Be(450, "auth 50 + backend 400");
        var standby = after.Profiles["emergency"].Connectors["standby"];
        VpcConnectorLimits.CeilingMbps(standby.MachineType, standby.MaxInstances).Should().Be(4800);
        diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.ConnectorOverloaded);
    }

    [Fact]
    public void The_command_line_plans_auth_on_standby_as_a_new_auth_revision()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--step", "auth-on-standby"], new Dictionary<string, string> { ["COLUMNS"] = "250" });

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("staging normal → normal after auth-on-standby: 1 resource(s) change")
            .And.Contain("* auth-service (gcp:cloudrunv2:Service): new revision (rolling)")
            .And.Contain("template.vpcAccess.connector: ${primary-connector.id} → ${standby-connector.id}")
            .And.Contain("Do: set profiles.normal.services.auth.connector: standby in stacks/staging.yaml");
    }

    [Theory]
    [InlineData("backend-startup-probe-reaches-database", "backend")]
    [InlineData("auth-startup-probe-reaches-database", "auth")]
    public void A_startup_probe_step_rolls_one_service_onto_the_database_check_and_liveness_stays_shallow(string name, string role)
    {
        var step = StepData.Plan(name);
        var (after, diagnostics) = StepData.After(name);

        var change = step.Changes.Should().ContainSingle().Which;
        change.Name.Should().Be(CloudRunServiceComponent.LogicalName(role));
        change.Disruption.Should().Be(Disruption.NewRevision);
        change.Fields.Should().Equal(new FieldChange(ProbePath, "/health", "/health/db"));
        step.Analysis.Connections.Fits.Should().BeTrue(step.Analysis.Connections.Summary);
        diagnostics.Where(d => d.IsError).Should().BeEmpty();
        after.Services[role].StartupProbe.Path.Should().Be("/health/db");
        after.Services[role].LivenessProbe!.Path.Should().Be("/health", "a liveness probe on the database would restart every instance when it blips");
        after.OneTimeSteps.Single(s => s.Name == name).Done.Should().BeTrue("the file now holds the nested key's value");
        Programs.StagingEnvironment().OneTimeSteps.Single(s => s.Name == name).Done.Should().BeFalse();
    }

    [Fact]
    public void Both_probes_in_one_up_roll_both_services_at_once_within_the_budget()
    {
        var both = new OneTimeStep("both-probes", "never", [("services.backend.startupProbe.httpGet.path", "/health/db"), ("services.auth.startupProbe.httpGet.path", "/health/db")]);

        var step = StepData.Plan(both);

        step.Changes.Select(c => c.Name).Should().BeEquivalentTo("backend-service", "auth-service");
        step.Analysis.Connections.Demand.Should().Be(90, "16 + 16 + 24 + 24 + reserve 10: both would fit, and the steps stay one service each so that a failing probe holds back one");
        step.Analysis.Connections.Fits.Should().BeTrue();
    }

    [Fact]
    public void The_database_path_is_inferred_with_a_command_that_calls_it_where_the_probe_does()
    {
        var staging = Programs.StagingEnvironment();

        var backend = staging.Inferred.Single(f => f.Covers("services.backend.startupProbe.httpGet.path"));
        var auth = staging.Inferred.Single(f => f.Covers("services.auth.startupProbe.httpGet.path"));

        backend.Why.Should().Contain("record 001").And.Contain("no record states that the endpoint opens a database connection");
        staging.FrontDoor!.Routes.Should().Contain(r => r.Host == "api-staging.netrasystems.ai" && r.Service == "backend");
        backend.Confirm.Should().Contain("https://api-staging.netrasystems.ai/health/db").And.StartWith("curl ");
        auth.Why.Should().Contain("no record mentions it on auth");
        auth.Confirm.Should().Contain("gcloud run services describe netra-auth-service").And.Contain("/health/db");
    }

    [Theory]
    [MemberData(nameof(StepData.Names), MemberType = typeof(StepData))]
    public void Every_one_time_step_leaves_a_file_the_program_accepts(string name)
    {
        var (_, diagnostics) = StepData.After(name);

        diagnostics.Where(d => d.IsError).Should().BeEmpty(name);
    }

    [Theory]
    [InlineData("backend-startup-probe-reaches-database")]
    [InlineData("auth-startup-probe-reaches-database")]
    [InlineData("auth-on-standby")]
    [InlineData("grow-primary")]
    public void The_route_steps_fit_the_connection_budget_at_their_worst_moment(string name) =>
        StepData.Plan(name).Analysis.Connections.Fits.Should().BeTrue();

    private static int Mbps(ProfileSpec profile, string connector) =>
        profile.Services.Values.Where(s => s.Connector == connector).Sum(s => s.ExpectedEgressMbps ?? 0);
}
