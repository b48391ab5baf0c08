using System.Text.Json;
using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.OneTimeSteps;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Netra.Infra.Validation;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// After adoption: the one-time steps planned with their disruption, the rollback revision named at run time, the
/// unconfirmed values listed first, access and replication as data, and the disruption rules behind them.
/// </summary>
public class AdoptionStepsTests
{
    private static PlanStep Step(string name, string? root = null)
    {
        var staging = EnvironmentFileLoader.Load(root ?? Repo.Root, "staging", new DiagnosticBag())!.Spec;
        var (planned, diagnostics) = OneTimeStepPlanner.Build(root ?? Repo.Root, staging, staging.Profiles["normal"], staging.OneTimeSteps.Single(s => s.Name == name), null);
        planned.Should().NotBeNull(string.Join("\n", diagnostics));
        return planned!;
    }

    [Fact]
    public void Generating_the_credentials_is_planned_as_a_rotation_with_new_revisions_of_the_services_that_read_them()
    {
        var step = Step("generated-credentials");

        step.Worst.Should().Be(Disruption.Rotation);
        step.Changes.Single(c => c.Name == "database-user").Should().Match<ResourceChange>(c => c.Disruption == Disruption.Rotation && c.Fields.Any(f => f.Path == "properties.password"));
        step.Changes.Where(c => c.Type == SecretComponent.VersionType).Select(c => c.Name)
            .Should().BeEquivalentTo("database-url-version", "database-direct-url-version", "jwt-secret-staging-version");
        step.Changes.Where(c => c.Type == CloudRunServiceComponent.Type).Select(c => c.Name).Should().BeEquivalentTo("backend-service", "auth-service");
        step.Transition.Should().BeNull("a one-time step is never a runbook step, and never an incident step");
    }

    [Fact]
    public void Taking_over_identities_creates_the_accounts_and_grants_and_moves_each_service_in_a_new_revision()
    {
        var step = Step("own-identities");

        step.Changes.Where(c => c.Type == ServiceIdentityComponent.AccountType).Should().HaveCount(3);
        step.Changes.Should().Contain(c => c.Type == ServiceIdentityComponent.SecretMemberType && c.Kind == ChangeKind.Created);
        var backend = step.Changes.Single(c => c.Name == "backend-service");
        backend.Fields.Should().Contain(f => f.Path == "properties.template.serviceAccount" && f.Before == null && f.After == "${backend-service-account.email}");
        backend.Reason.Should().Contain("identity the account it runs as today → ${backend-service-account.email}");
    }

    [Fact]
    public void Enabling_point_in_time_recovery_is_planned_as_a_database_restart()
    {
        var step = Step("point-in-time-recovery");

        step.Changes.Should().ContainSingle().Which.Should().Match<ResourceChange>(c => c.Name == "database-instance" && c.Disruption == Disruption.Restart);
    }

    [Fact]
    public void A_step_whose_values_the_file_already_holds_is_done()
    {
        var root = Directory.CreateTempSubdirectory("netra-steps-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "stacks"));
            foreach (var file in Directory.GetFiles(Repo.Root, "Pulumi*.yaml"))
            {
                File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(root, "stacks", "staging.yaml"),
                File.ReadAllText(Repo.Path("stacks", "staging.yaml")).Replace("  identities: existing\n", "  identities: own\n", StringComparison.Ordinal));

            OneTimeStepPlanner.IsDone(Step("own-identities", root)).Should().BeTrue();
            OneTimeStepPlanner.IsDone(Step("generated-credentials", root)).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_step_plan_is_offered_on_the_command_line_in_json_too()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--step", "generated-credentials", "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        json.GetProperty("steps")[0].GetProperty("worst").GetString().Should().Be("Rotation");
        json.GetProperty("unconfirmed").GetArrayLength().Should().Be(Programs.StagingEnvironment().Inferred.Count);
        CliRun.Invoke(["plan", "--stack", "staging", "--step", "rotate-everything"]).Stderr.Should().Contain("'rotate-everything' is not a one-time step");
    }

    [Fact]
    public void The_rollback_runs_with_the_revision_named_when_the_step_runs_and_nothing_stale()
    {
        var environment = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "staging",
            ["PULUMI_PROJECT"] = "netra-infra",
            ["PULUMI_ROOT_DIRECTORY"] = Repo.Root,
            ["PULUMI_CONFIG"] = """{"netra:profile":"rollback"}""",
            [RunTimeRevisions.Variable] = "netra-backend-staging-00812-k2d",
        };

        var named = CliRun.Invoke(["compile"], environment);
        var normal = CliRun.Invoke(["compile"], new Dictionary<string, string>(environment) { ["PULUMI_CONFIG"] = """{"netra:profile":"normal"}""" });

        named.ExitCode.Should().Be(0, named.Stderr);
        named.Stdout.Should().Contain("revision: netra-backend-staging-00812-k2d").And.NotContain(TrafficTarget.Unnamed);
        Programs.StagingEnvironment().Profiles["rollback"].Services["backend"].Traffic.Should().ContainSingle()
            .Which.Should().Be(new TrafficTarget(null, 100, NamedAtRunTime: true), "no revision is chosen in advance");
        normal.ExitCode.Should().Be(0, "a revision left over from the rollback must never block the way back to normal");
        normal.Stdout.Should().Be(CliRun.Invoke(["emit", "--stack", "staging"]).Stdout, "it is ignored by a profile that pins nothing");
    }

    [Fact]
    public void A_revision_left_over_for_a_profile_that_pins_none_is_ignored_with_a_warning_emit_shows()
    {
        var leftover = new Dictionary<string, string> { [RunTimeRevisions.Variable] = "netra-backend-staging-00812-k2d" };

        var emergency = CliRun.Invoke(["emit", "--stack", "staging", "--profile", "emergency"], leftover);

        emergency.ExitCode.Should().Be(0, emergency.Stderr);
        emergency.Stdout.Should().Be(CliRun.Invoke(["emit", "--stack", "staging", "--profile", "emergency"]).Stdout);
        emergency.ErrorLines.Should().BeEmpty();
        emergency.Stderr.Should().Contain(
            "environment: warning NETRA105: NETRA_ROLLBACK_REVISIONS: names netra-backend-staging-00812-k2d, but profile emergency pins no revision, so it is ignored; unset it (`unset NETRA_ROLLBACK_REVISIONS`)");
    }

    [Fact]
    public void A_pinning_profile_still_refuses_a_revision_of_a_service_it_does_not_pin()
    {
        var run = CliRun.Engine("staging", """{"netra:profile":"rollback"}""");
        var other = CliRun.Invoke(["compile"], new Dictionary<string, string>(CliRun.EngineVariables("staging", """{"netra:profile":"rollback"}"""))
        {
            [RunTimeRevisions.Variable] = "netra-auth-service-00012-abc",
        });

        run.ExitCode.Should().Be(1, "the rollback must name its revision");
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("error NETRA105").And.Contain("none is named");
        other.ExitCode.Should().Be(1);
        other.ErrorLines.Should().ContainSingle().Which.Should().Contain("error NETRA105").And.Contain("'netra-auth-service-00012-abc' is not a revision of a service profile rollback pins");
    }

    [Fact]
    public void The_offline_plan_of_a_rollback_shows_the_pin_as_named_at_run_time()
    {
        var plan = SwitchPlanner.Build(Repo.Root, Programs.StagingEnvironment(), "normal", "rollback", null);

        plan.Steps.Single().Changes.Single().Fields.Should().Contain(f => f.Path == "properties.traffics[0].revision" && f.After == TrafficTarget.Unnamed);
        plan.Steps.Single().Command.Should().Be("bin/netra-infra switch --stack staging --to rollback --revision <revision>");
    }

    [Fact]
    public void The_text_plan_starts_with_what_must_be_confirmed_in_the_order_of_the_data()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--inventory"], new Dictionary<string, string> { ["COLUMNS"] = "250" });
        var inferred = Programs.StagingEnvironment().Inferred;

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().StartWith($"UNCONFIRMED: {inferred.Count} value(s) of stacks/staging.yaml are inferred");
        run.Stdout.Should().Contain("  1. database.tier = db-custom-1-3840: ").And.Contain("     confirm: gcloud sql instances describe netra-staging-db");
        inferred.Select(f => run.Stdout.IndexOf($". {f.Key} = ", StringComparison.Ordinal)).Should().BeInAscendingOrder().And.OnlyContain(i => i > 0);
    }

    [Fact]
    public void An_inferred_marker_covers_the_key_it_names_and_everything_under_it()
    {
        var marker = new InferredFact("secrets.*.replication", "why", "cmd", []);

        marker.Covers("secrets.redis-url.replication").Should().BeTrue();
        marker.Covers("secrets.redis-url.source").Should().BeFalse();
        new InferredFact("database.backups", "why", "cmd", []).Covers("database.backups.enabled").Should().BeTrue();
        Programs.StagingEnvironment().Allowances.Engine.Inferred.Should().BeTrue("allowances.engine is marked");
    }

    [Fact]
    public void Every_service_is_public_through_the_invoker_check_and_members_get_their_own_binding()
    {
        var staging = Programs.StagingEnvironment();
        var withMembers = staging with
        {
            Services = new Dictionary<string, ServiceSpec>(staging.Services) { ["auth"] = staging.Services["auth"] with { Invokers = new InvokerAccess(false, ["group:oncall@netrasystems.ai"]) } },
        };

        Programs.Staging("normal").Resources.Where(r => r.Type == CloudRunServiceComponent.Type)
            .Should().OnlyContain(r => r.Properties["invokerIamDisabled"] == new BoolValue(true));
        var program = StackProgram.Build(new Deployment(withMembers, withMembers.Profiles["normal"]));
        var binding = program.Resources.Single(r => r.Type == ServiceAccessComponent.InvokerType);
        binding.Name.Should().Be("auth-invoker-group-oncall-netrasystems-ai");
        binding.Properties["member"].Should().Be(new StringValue("group:oncall@netrasystems.ai"));
        program.Resources.Single(r => r.Name == "auth-service").Properties["invokerIamDisabled"].Should().Be(new BoolValue(false));
        ServiceAccessComponent.ImportId(staging.Location, "netra-auth-service", "group:oncall@netrasystems.ai")
            .Should().Be("projects/netra-staging/locations/us-central1/services/netra-auth-service roles/run.invoker group:oncall@netrasystems.ai");
    }

    [Theory]
    [InlineData(CloudRunServiceComponent.Type, "properties.ingress", "INGRESS_TRAFFIC_ALL", "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER", Disruption.Reachability)]
    [InlineData(CloudRunServiceComponent.Type, "properties.invokerIamDisabled", "true", "false", Disruption.Reachability)]
    [InlineData(DatabaseUserComponent.Type, "properties.password", null, "${database-password.result}", Disruption.Rotation)]
    [InlineData(CloudSqlInstanceComponent.Type, "properties.settings.backupConfiguration.pointInTimeRecoveryEnabled", "false", "true", Disruption.Restart)]
    [InlineData(CloudSqlInstanceComponent.Type, "properties.settings.backupConfiguration.pointInTimeRecoveryEnabled", "true", "false", Disruption.InPlace)]
    public void Reachability_rotation_and_recovery_changes_are_named_for_what_they_do(string type, string path, string? before, string after, Disruption expected)
    {
        var none = new Dictionary<string, string>();

        DisruptionRules.Of(type, new FieldChange(path, before, after), none, none).Disruption.Should().Be(expected);
    }

    [Fact]
    public void A_new_secret_version_rotates_a_value_and_an_invoker_binding_changes_reachability()
    {
        DisruptionRules.OfWhole(SecretComponent.VersionType, created: true).Disruption.Should().Be(Disruption.Rotation);
        DisruptionRules.OfWhole(ServiceAccessComponent.InvokerType, created: false).Disruption.Should().Be(Disruption.Reachability);
        DisruptionRules.OfWhole(VpcConnectorComponent.Type, created: true).Disruption.Should().Be(Disruption.Create);
    }

    [Fact]
    public void Secrets_keep_the_replication_they_were_made_with()
    {
        var secret = Programs.Staging("normal").Resources.Single(r => r.Name == "redis-url-secret");
        var regional = SecretComponent.Declare(Programs.StagingEnvironment().Location, new SecretSpec("x", SecretSource.External, 0, ["us-central1"]), new ReferenceValue("gcp-provider"));

        Netra.Infra.Plan.Inventory.Fields(secret).Should().Contain(("properties.replication.auto", "{}"));
        Netra.Infra.Plan.Inventory.Fields(regional).Should().Contain(("properties.replication.userManaged.replicas[0].location", "us-central1"));
    }

    [Fact]
    public void Point_in_time_recovery_needs_backups_and_high_availability_needs_both()
    {
        var staging = Programs.StagingEnvironment();
        IReadOnlyList<Diagnostic> Validate(DatabaseSpec database)
        {
            var diagnostics = new DiagnosticBag();
            EnvironmentValidator.Validate(new LoadedEnvironment(staging with { Database = database }, new HashSet<string>()), diagnostics);
            return diagnostics.Items.Where(d => d.IsError).ToList();
        }

        Validate(staging.Database with { Backups = staging.Database.Backups with { Enabled = false, PointInTimeRecovery = true } })
            .Select(d => d.KeyPath).Should().Equal("database.backups.pointInTimeRecovery");
        Validate(staging.Database with { AvailabilityType = "REGIONAL" }).Select(d => d.KeyPath).Should().Equal("database.availabilityType");
        Validate(staging.Database with { Backups = staging.Database.Backups with { StartTime = "3am" } }).Select(d => d.KeyPath).Should().Equal("database.backups.startTime");
    }

    [Fact]
    public void A_nat_is_declared_only_where_a_profile_needs_it_and_none_exists()
    {
        var staging = Programs.StagingEnvironment();
        var missing = staging with { CloudNat = new CloudNatSpec("staging-router", "staging-nat", false) };

        StackProgram.Build(new Deployment(missing, missing.Profiles["normal"])).Resources
            .Should().NotContain(r => r.Type == CloudNatComponent.NatType, "no profile sends traffic to the internet through a connector");
    }
}
