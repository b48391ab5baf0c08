using FluentAssertions;
using Netra.Infra.Switch;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// `switch` against stand-ins for pulumi and gcloud on PATH (tests/Infra.Tests/StandIns/tools) that answer in the
/// real tools' formats. The stand-ins log every call, so each test sees whether an update ran, and with what.
/// </summary>
public class SwitchTests
{
    private const string Service = "gcp:cloudrunv2/service:Service";
    private const string Database = "gcp:sql/databaseInstance:DatabaseInstance";

    [Fact]
    public void The_step_from_normal_previews_compares_updates_exactly_that_and_confirms()
    {
        using var stage = SwitchStage.NormalToEmergency();

        var result = stage.Switch("--stack", "staging", "--to", "emergency", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Done, result.Stderr);
        var calls = CliRun.Lines(stage.Calls).Where(l => l.StartsWith("pulumi", StringComparison.Ordinal)).ToList();
        calls.Should().Contain(l => l.StartsWith("pulumi stack output --json --stack staging", StringComparison.Ordinal));
        calls.Should().Contain("pulumi preview --json --stack staging --config-file Pulumi.emergency.yaml");
        var up = calls.Single(l => l.StartsWith("pulumi up", StringComparison.Ordinal));
        up.Should().StartWith("pulumi up --stack staging --config-file Pulumi.emergency.yaml --yes --skip-preview --message");
        up.Should().Contain("--target " + SwitchStage.StackUrn)
            .And.Contain("--target urn:pulumi:staging::netra-infra::gcp:cloudrunv2/service:Service::backend-service")
            .And.Contain("--target urn:pulumi:staging::netra-infra::gcp:cloudrunv2/service:Service::auth-service");
        up.Should().NotContain("frontend-service");
        result.Stdout.Should().Contain("relief budget 5 min").And.Contain("staging is in emergency.")
            .And.Contain("serving: netra-backend-staging: netra-backend-staging-00813-kx2 100%");
        var logged = File.ReadAllLines(stage.IncidentLog).Should().ContainSingle().Which;
        logged.Should().Contain("\"who\":\"oncall@laptop\"").And.Contain("\"from\":\"normal\"").And.Contain("\"to\":\"emergency\"")
            .And.Contain("\"outcome\":\"confirmed\"").And.Contain("\"reliefBudgetSeconds\":300");
    }

    [Fact]
    public void A_preview_with_drift_on_the_database_is_refused_before_any_update()
    {
        using var stage = new SwitchStage()
            .InProfile("normal", after: "emergency")
            .Previews(
                PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"),
                PreviewStepFixture.Update(Database, "database", "settings.databaseFlags[1].value"),
                PreviewStepFixture.Update(Service, "auth-service", "scaling.minInstanceCount", "template.containers[0].envs[9]"));

        var result = stage.Switch("--stack", "staging", "--to", "emergency", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        stage.Calls.Should().NotContain("pulumi up");
        result.Stderr.Should().Contain("refused, nothing was changed")
            .And.Contain("database (gcp:sql:DatabaseInstance): update of settings.databaseFlags[1].value: a switch never changes the database instance")
            .And.Contain("auth-service (gcp:cloudrunv2:Service): update of template.containers[0].envs[9]: the step does not change these fields")
            .And.Contain("pulumi preview --stack staging --config-file Pulumi.emergency.yaml --diff");
        result.Stderr.Should().NotContain("backend-service (", "the backend's connector is the step's own change");
        File.Exists(stage.IncidentLog).Should().BeFalse("nothing ran");
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("replace")]
    [InlineData("create")]
    public void A_preview_that_deletes_replaces_or_creates_what_the_plan_does_not_is_refused(string op)
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Previews(
                PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"),
                new PreviewStepFixture(op, "gcp:vpcaccess/connector:Connector", "standby-connector", "machineType"));

        var result = stage.Switch("--stack", "staging", "--to", "emergency", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain($"standby-connector (gcp:vpcaccess:Connector): {op}");
        stage.Calls.Should().NotContain("pulumi up");
    }

    [Fact]
    public void Emergency_to_direct_is_one_step_that_never_passes_the_primary()
    {
        using var stage = new SwitchStage()
            .InProfile("emergency", after: "direct")
            .Previews(PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector", "template.vpcAccess.networkInterfaces"))
            .Serves("netra-backend-staging", "netra-backend-staging-00814-dd3");

        var result = stage.Switch("--stack", "staging", "--to", "direct", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Done, result.Stderr);
        var ups = CliRun.Lines(stage.Calls).Where(l => l.StartsWith("pulumi up", StringComparison.Ordinal)).ToList();
        ups.Should().ContainSingle().Which.Should().StartWith("pulumi up --stack staging --config-file Pulumi.direct.yaml");
        result.Stdout.Should().Contain("staging: emergency → direct (incident step)")
            .And.Contain("still draining from normal → emergency", "the step counts the revision the step before may have left draining");
    }

    [Fact]
    public void A_passphrase_stack_whose_profile_file_lacks_the_salt_is_refused_before_pulumi_runs()
    {
        using var project = new MinimalProject();
        project.Write("Pulumi.staging.yaml", "encryptionsalt: v1:c2FsdHNhbHQ=:v1:bm9uY2Vub25jZQ==:Y2lwaGVydGV4dA==\n" + project.Read("Pulumi.staging.yaml"));
        using var stage = new SwitchStage().InProfile("normal");

        var result = CliRun.Invoke(["switch", "--stack", "staging", "--to", "emergency", "--yes", "--root", project.Root], stage.Environment);

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("NETRA106").And.Contain("Pulumi.emergency.yaml").And.Contain("bin/netra-infra secrets-config --stack staging --write");
        stage.Calls.Should().BeEmpty("Pulumi would set up secrets, and write a new salt, on its first call");
    }

    [Fact]
    public void Recovery_waits_for_the_grown_primary_and_says_what_shows_it()
    {
        using var stage = new SwitchStage().InProfile("emergency");

        var result = stage.Switch("--stack", "staging", "--to", "recovery", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("emergency → recovery waits for one-time step grow-primary, not done (bin/netra-infra plan --stack staging --step grow-primary)");
        stage.Calls.Should().NotContain("pulumi preview");
    }

    [Fact]
    public void A_calm_step_out_of_an_incident_profile_applies_what_its_program_held_back_and_names_it()
    {
        using var project = new MinimalProject();
        project.Write("stacks/staging.yaml", project.Read("stacks/staging.yaml")
            .Replace("primary: {machineType: e2-micro, minInstances: 2, maxInstances: 10}", "primary: {machineType: e2-standard-4, minInstances: 2, maxInstances: 10}", StringComparison.Ordinal));
        using var stage = new SwitchStage()
            .InProfile("emergency", after: "recovery")
            .Previews(
                PreviewStepFixture.Update("gcp:vpcaccess/connector:Connector", "primary-connector", "machineType"),
                PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"))
            .Serves("netra-backend-staging", "netra-backend-staging-00815-ee4");

        var result = CliRun.Invoke(["switch", "--stack", "staging", "--to", "recovery", "--yes", "--root", project.Root], stage.Environment);

        result.ExitCode.Should().Be(SwitchExitCodes.Done, result.Stderr);
        result.Stdout.Should().Contain("also applies what emergency's program held back (data changed while staging was there): primary-connector: machineType");
        CliRun.Lines(stage.Calls).Single(l => l.StartsWith("pulumi up", StringComparison.Ordinal)).Should().Contain("::primary-connector");
    }

    [Fact]
    public void An_incident_step_never_applies_held_back_data()
    {
        using var stage = new SwitchStage()
            .InProfile("emergency")
            .Previews(
                PreviewStepFixture.Update("gcp:vpcaccess/connector:Connector", "primary-connector", "machineType"),
                PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"));

        var result = stage.Switch("--stack", "staging", "--to", "direct", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("primary-connector (gcp:vpcaccess:Connector): update of machineType: the step does not change this resource");
    }

    [Fact]
    public void A_step_the_runbook_does_not_offer_from_where_the_stack_is_is_refused_with_the_route()
    {
        using var stage = new SwitchStage().InProfile("rollback");

        var result = stage.Switch("--stack", "staging", "--to", "direct", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("staging is in rollback, and the runbook has no single step rollback → direct")
            .And.Contain("bin/netra-infra switch --stack staging --to");
        stage.Calls.Should().NotContain("pulumi preview");
    }

    [Fact]
    public void A_dry_run_stops_after_the_comparison()
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Previews(PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.networkInterfaces"));

        var result = stage.Switch("--stack", "staging", "--to", "direct", "--dry-run");

        result.ExitCode.Should().Be(SwitchExitCodes.Done, result.Stderr);
        result.Stdout.Should().Contain("the live preview matches the plan: 1 resource(s) to update").And.Contain("Dry run: nothing was changed");
        stage.Calls.Should().NotContain("pulumi up");
    }

    [Fact]
    public void Without_yes_and_without_an_answer_nothing_runs()
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Previews(PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"));

        var result = stage.Switch("--stack", "staging", "--to", "emergency");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("Type yes:").And.Contain("not confirmed; nothing was changed");
        stage.Calls.Should().NotContain("pulumi up");
    }

    [Fact]
    public void A_rollback_revision_with_large_pools_is_refused_with_the_arithmetic()
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Revision("netra-backend-staging-00749-6tr", maxScale: 6, poolSize: 10, maxOverflow: 15);

        var result = stage.Switch("--stack", "staging", "--to", "rollback", "--revision", "netra-backend-staging-00749-6tr", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("pinned netra-backend-staging-00749-6tr 6×(10+15)=150").And.Contain("> max_connections 100");
        stage.Calls.Should().NotContain("pulumi preview").And.NotContain("pulumi up");
    }

    [Fact]
    public void A_rollback_revision_without_a_maximum_counts_Cloud_Runs_default()
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Revision("netra-backend-staging-00801-aa1", maxScale: null, poolSize: 4, maxOverflow: 1);

        var result = stage.Switch("--stack", "staging", "--to", "rollback", "--revision", "netra-backend-staging-00801-aa1", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("Cloud Run's default maximum of 100 instances").And.Contain("100×(4+1)=500");
    }

    [Fact]
    public void A_rollback_that_fits_names_its_revision_to_pulumi_and_nothing_else_does()
    {
        using var stage = new SwitchStage()
            .InProfile("normal", after: "rollback")
            .Revision("netra-backend-staging-00801-aa1", maxScale: 6, poolSize: 4, maxOverflow: 1)
            .Previews(PreviewStepFixture.Update(Service, "backend-service", "traffics[0].type", "traffics[0].revision"))
            .Serves("netra-backend-staging", "netra-backend-staging-00801-aa1", latestReady: "netra-backend-staging-00813-kx2");

        var result = stage.Switch("--stack", "staging", "--to", "rollback", "--revision", "netra-backend-staging-00801-aa1", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Done, result.Stderr);
        result.Stdout.Should().Contain("with netra-backend-staging-00801-aa1's own pools: auth 4×(2+2)=16 + backend serving now 6×(3+1)=24 + pinned netra-backend-staging-00801-aa1 6×(4+1)=30 + reserve 10 = 80 ≤ max_connections 100");
        var env = CliRun.Lines(stage.Calls).Where(l => l.StartsWith("env ", StringComparison.Ordinal)).ToList();
        env.Should().Contain("env PULUMI_CONFIG= PULUMI_STACK= NETRA_ROLLBACK_REVISIONS=netra-backend-staging-00801-aa1", "the preview and the update of the pinning step name it");
        env.Should().Contain("env PULUMI_CONFIG= PULUMI_STACK= NETRA_ROLLBACK_REVISIONS=", "the reads name nothing");
    }

    [Fact]
    public void A_failed_update_is_logged_and_says_staging_may_be_between_profiles()
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Previews(PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"))
            .UpdateFails();

        var result = stage.Switch("--stack", "staging", "--to", "emergency", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.NotConfirmed);
        result.Stderr.Should().Contain("the update failed (exit 255)").And.Contain("Staging may be between normal and emergency");
        File.ReadAllText(stage.IncidentLog).Should().Contain("\"outcome\":\"the update failed (exit 255)\"");
    }

    [Fact]
    public void Already_there_runs_nothing()
    {
        using var stage = new SwitchStage().InProfile("emergency");

        var result = stage.Switch("--stack", "staging", "--to", "emergency", "--yes");

        result.ExitCode.Should().Be(SwitchExitCodes.Done);
        result.Stdout.Should().Contain("already in emergency");
        stage.Calls.Should().NotContain("pulumi preview");
    }

    [Fact]
    public void A_missing_pulumi_changes_nothing_and_says_so()
    {
        using var stage = new SwitchStage().InProfile("normal");
        var environment = stage.Environment;
        environment["PATH"] = "/nonexistent";

        var result = CliRun.Invoke(["switch", "--stack", "staging", "--to", "emergency", "--yes"], environment);

        result.ExitCode.Should().Be(SwitchExitCodes.ToolFailed);
        result.Stderr.Should().Contain("pulumi is not on PATH (/nonexistent)").And.Contain("nothing was changed");
    }

    [Theory]
    [InlineData("template.vpcAccess.connector", "properties.template.vpcAccess.connector", true)]
    [InlineData("template.vpcAccess", "properties.template.vpcAccess.networkInterfaces[0].network", true)]
    [InlineData("template.containers[0].envs[9]", "properties.template.vpcAccess.connector", false)]
    [InlineData("template.containers[0].envs[3].value", "properties.template.containers[0].envs[DATABASE_POOL_SIZE].value", true)]
    [InlineData("scaling.minInstanceCount", "properties.scaling.maxInstanceCount", false)]
    public void Preview_paths_match_plan_paths_by_field(string preview, string plan, bool same) =>
        PreviewComparison.SamePath(preview, plan).Should().Be(same);
}
