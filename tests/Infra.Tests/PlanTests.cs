using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Tests.Support;
using Netra.Infra.Transitions;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>The offline plan: disruption rules one by one, and the three transitions on the real staging data.</summary>
public class PlanTests
{
    private static readonly Dictionary<string, string> NoFields = new();

    [Theory]
    [InlineData("properties.maxInstances", "10", "8", Disruption.Replace)]
    [InlineData("properties.minInstances", "3", "2", Disruption.Replace)]
    [InlineData("properties.maxInstances", "8", "10", Disruption.InPlace)]
    [InlineData("properties.machineType", "e2-micro", "e2-standard-4", Disruption.InPlace)]
    [InlineData("properties.machineType", "e2-standard-4", "e2-micro", Disruption.InPlace)]
    [InlineData("properties.ipCidrRange", "10.1.0.0/28", "10.4.0.0/28", Disruption.Replace)]
    [InlineData("properties.name", "a", "b", Disruption.Replace)]
    public void Connector_rules(string path, string before, string after, Disruption expected) =>
        DisruptionRules.Of(VpcConnectorComponent.Type, new FieldChange(path, before, after), NoFields, NoFields).Disruption.Should().Be(expected);

    [Theory]
    [InlineData("properties.template.scaling.maxInstanceCount", Disruption.NewRevision)]
    [InlineData("properties.template.vpcAccess.connector", Disruption.NewRevision)]
    [InlineData("properties.traffics[0].type", Disruption.TrafficShift)]
    [InlineData("properties.location", Disruption.Replace)]
    public void Service_rules(string path, Disruption expected) =>
        DisruptionRules.Of(CloudRunServiceComponent.Type, new FieldChange(path, "a", "b"), NoFields, NoFields).Disruption.Should().Be(expected);

    [Theory]
    [InlineData("max_connections", "100", "150", Disruption.Restart)]
    [InlineData("log_min_duration_statement", "1000", "500", Disruption.InPlace)]
    public void Database_flag_rules(string flag, string before, string after, Disruption expected)
    {
        Dictionary<string, string> Fields(string value) => new()
        {
            ["properties.settings.databaseFlags[0].name"] = flag,
            ["properties.settings.databaseFlags[0].value"] = value,
        };

        DisruptionRules.Of(CloudSqlInstanceComponent.Type, new FieldChange("properties.settings.databaseFlags[0].value", before, after), Fields(before), Fields(after))
            .Disruption.Should().Be(expected);
    }

    [Fact]
    public void Normal_to_emergency_creates_the_connector_and_rolls_revisions_without_replacing_or_restarting()
    {
        var changes = Diff("normal", "emergency");

        changes.Single(c => c.Name == "emergency-connector").Disruption.Should().Be(Disruption.Create);
        changes.Single(c => c.Name == "primary-connector").Disruption.Should().Be(Disruption.InPlace);
        changes.Where(c => c.Type == CloudRunServiceComponent.Type).Should().OnlyContain(c => c.Disruption == Disruption.NewRevision);
        changes.Should().NotContain(c => c.Disruption == Disruption.Replace || c.Disruption == Disruption.Restart);
    }

    [Fact]
    public void Emergency_to_normal_has_no_replacement_the_temporary_connector_is_deleted_after_the_move()
    {
        var changes = Diff("emergency", "normal");

        changes.Should().NotContain(c => c.Disruption == Disruption.Replace || c.Disruption == Disruption.Restart,
            "the profiles grow the shared connector by machine type only, so the return path replaces nothing");
        changes.Single(c => c.Name == "emergency-connector").Disruption.Should().Be(Disruption.Delete);
        changes.Single(c => c.Name == "backend-service").Fields.Should().Contain(new FieldChange("properties.template.vpcAccess.connector", "${emergency-connector.id}", "${primary-connector.id}"));
    }

    [Fact]
    public void Normal_to_rollback_only_shifts_the_backends_traffic()
    {
        var changes = Diff("normal", "rollback");

        changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "backend-service", Disruption = Disruption.TrafficShift });
    }

    [Fact]
    public void The_markdown_plan_of_normal_to_emergency_is_a_summary_line_then_the_command_then_one_table()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency", "--format", "markdown"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        var lines = CliRun.Lines(run.Stdout).ToList();
        lines[0].Should().StartWith("**staging normal → emergency: 5 resource(s) change — 1 created, 0 deleted, 0 replaced, 0 restarted, 3 new revision(s); worst: create. Cost $")
            .And.EndWith("Takes up to 26 min: connector create/update 20 min (provider timeout) + new revisions 6 min (netra-backend-staging's startup window, the longest).**");
        lines[1].Should().Be("Run: `pulumi up --stack staging --config-file Pulumi.emergency.yaml`");
        lines[2].Should().Be("| resource | change | why | fields (before → after) |");
        lines.Skip(3).SkipLast(1).Should().OnlyContain(l => l.StartsWith("| ", StringComparison.Ordinal), "one table");
        lines[^1].Should().StartWith("<sub>Cost: list prices from prices/us-central1.yaml, read 2026-11-23");
    }

    [Fact]
    public void Emergency_to_normal_is_planned_as_the_runbook_s_two_steps_with_nothing_replaced_and_the_connector_deleted_last()
    {
        var staging = Programs.StagingEnvironment();

        var plan = SwitchPlanner.Build(Repo.Root, staging, "emergency", "normal", null);

        plan.Steps.Select(s => (s.From, s.To, s.Declared, s.Command)).Should().Equal(
            ("emergency", "recovery", true, "pulumi up --stack staging --config-file Pulumi.recovery.yaml"),
            ("recovery", "normal", true, "pulumi up --stack staging"));
        plan.Steps.SelectMany(s => s.Changes).Should().NotContain(c => c.Disruption == Disruption.Replace || c.Disruption == Disruption.Restart);
        plan.Steps[0].Changes.Should().NotContain(c => c.Type == VpcConnectorComponent.Type && c.Disruption == Disruption.Delete, "the emergency connector outlives the move");
        plan.Steps[1].Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "emergency-connector", Disruption = Disruption.Delete });
        plan.Steps.Should().OnlyContain(s => s.Hazards.Count == 0);
    }

    [Fact]
    public void A_direct_switch_the_runbook_does_not_offer_is_planned_with_its_hazards()
    {
        var staging = Programs.StagingEnvironment();
        var direct = staging with { Transitions = [new("emergency", "normal", "test")] };

        var plan = SwitchPlanner.Build(Repo.Root, direct, "emergency", "normal", null);

        plan.Steps.Should().ContainSingle().Which.Hazards.Should().ContainSingle(h => h.Kind == TransitionHazardKind.LeavesDeletedConnector);
        PlanReport.Summary(plan).Should().EndWith("NOT A RUNBOOK STEP: see the hazards.");
        PlanReport.Markdown(plan).Should().Contain("> **Hazard:** backend moves off connector 'emergency' (staging-emergency), which the same step deletes");
    }

    [Theory]
    [InlineData("normal", "emergency", 20 * 60 + 360)]
    [InlineData("emergency", "recovery", 20 * 60 + 360)]
    [InlineData("recovery", "normal", 20 * 60)]
    [InlineData("normal", "rollback", 0)]
    public void A_step_takes_at_most_its_connector_operations_and_the_longest_startup_window(string from, string to, int seconds)
    {
        StepDuration.Of(Programs.StagingEnvironment(), Diff(from, to)).UpperBoundSeconds.Should().Be(seconds);
    }

    [Fact]
    public void The_startup_window_is_the_initial_delay_plus_period_times_failure_threshold()
    {
        StepDuration.StartupWindow(new ProbeSpec(ProbeKind.HttpGet, "/health", 120, 80, 60, 3)).Should().Be(360);
        StepDuration.StartupWindow(new ProbeSpec(ProbeKind.TcpSocket, null, 0, 10, 5, 24)).Should().Be(240);
    }

    [Fact]
    public void The_overview_shows_each_profile_one_runbook_step_from_normal_both_ways_then_every_profile()
    {
        var staging = Programs.StagingEnvironment();

        PlanOverview.Switches(staging).Should().Equal(("normal", "emergency"), ("emergency", "normal"), ("normal", "rollback"), ("rollback", "normal"));
        var markdown = PlanOverview.Render(Repo.Root, staging, null, markdown: true);
        markdown.Should().Contain("### emergency → normal\n\n**staging emergency → normal: 2 steps, emergency → recovery → normal (the runbook's way)");
        foreach (var profile in Programs.StagingProfiles)
        {
            markdown.Should().Contain($"<details><summary>{profile}</summary>");
        }
    }

    [Fact]
    public void Json_is_refused_for_anything_but_a_switch()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--all", "--format", "json"]);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("--format json is for a switch (--from and --to)");
    }

    private static IReadOnlyList<ResourceChange> Diff(string from, string to) => ProfileDiff.Between(Programs.Staging(from), Programs.Staging(to));
}
