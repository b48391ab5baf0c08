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
    [InlineData("properties.scaling.minInstanceCount", Disruption.InPlace)]
    [InlineData("properties.scaling.maxInstanceCount", Disruption.InPlace)]
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
            [$"properties.settings.databaseFlags[{flag}].value"] = value,
        };

        DisruptionRules.Of(CloudSqlInstanceComponent.Type, new FieldChange($"properties.settings.databaseFlags[{flag}].value", before, after), Fields(before), Fields(after))
            .Disruption.Should().Be(expected);
    }

    [Fact]
    public void Normal_to_emergency_creates_replaces_resizes_and_deletes_nothing()
    {
        var changes = Diff("normal", "emergency");

        changes.Select(c => (c.Name, c.Disruption)).Should().Equal(("backend-service", Disruption.NewRevision), ("auth-service", Disruption.InPlace));
        changes.Should().NotContain(c => c.Type == VpcConnectorComponent.Type, "the backend moves to the standby, which already runs at this size");
    }

    [Fact]
    public void Recovery_to_emergency_is_one_direct_step_that_only_moves_the_backend()
    {
        var plan = SwitchPlanner.Build(Repo.Root, Programs.StagingEnvironment(), "recovery", "emergency", null);

        plan.Steps.Should().ContainSingle().Which.Should().Match<PlanStep>(s => s.Declared && s.Transition!.Incident && s.Hazards.Count == 0);
        plan.Steps[0].Changes.Should().ContainSingle().Which.Fields.Should().Equal(
            new FieldChange("properties.template.vpcAccess.connector", "${primary-connector.id}", "${standby-connector.id}"));
    }

    [Fact]
    public void Normal_to_rollback_only_shifts_the_backends_traffic()
    {
        var changes = Diff("normal", "rollback");

        changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "backend-service", Disruption = Disruption.TrafficShift });
    }

    [Fact]
    public void The_markdown_plan_of_normal_to_emergency_is_a_summary_line_the_command_the_timing_then_one_table()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency", "--format", "markdown"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().StartWith("<details><summary>Unconfirmed: ", "what the plan rests on comes first");
        var lines = CliRun.Lines(run.Stdout[(run.Stdout.IndexOf("</details>\n\n", StringComparison.Ordinal) + "</details>\n\n".Length)..]).ToList();
        lines[0].Should().StartWith("**staging normal → emergency: 2 resource(s) change — 0 created, 0 deleted, 0 replaced, 0 restarted, 1 new revision(s); worst: new revision (rolling). Relief in up to 4 min 20 s (budget 5 min), done in up to 4 min 30 s. Cost $");
        lines[1].Should().Be("Run: `bin/netra-infra switch --stack staging --to emergency`");
        lines[2].Should().Be("Relief in up to 4 min 20 s (incident budget 5 min): Pulumi's lock, refreshes and preview 50 s (inferred) → backend-service new revision (rolling): revision start 30 s (inferred) + startup window 3 min. "
            + "Done in up to 4 min 30 s. "
            + "Database connections at the worst moment: auth 4×(2+2)=16 + backend 6×(3+1)=24 old + 6×(3+1)=24 new + reserve 10 = 74 ≤ max_connections 100.");
        lines[3].Should().Be("| resource | change | why | fields (before → after) |");
        var changes = lines.Skip(4).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal)).Count();
        lines[4 + changes].Should().Be("Routes out of connector saturation from normal, side by side (choose one):", "the other route out of the same outage follows");
        lines.Skip(5 + changes).SkipLast(1).Should().OnlyContain(l => l.StartsWith("| ", StringComparison.Ordinal), "one table of routes");
        lines[^1].Should().StartWith("<sub>Cost: list prices from prices/us-central1.yaml, read 2026-11-23").And.Contain("Inferred, not measured");
    }

    [Fact]
    public void Emergency_to_normal_is_planned_as_the_runbook_s_two_steps_with_nothing_created_replaced_or_deleted()
    {
        var staging = Programs.StagingEnvironment();

        var plan = SwitchPlanner.Build(Repo.Root, staging, "emergency", "normal", null);

        plan.Steps.Select(s => (s.From, s.To, s.Declared, s.Command)).Should().Equal(
            ("emergency", "recovery", true, "bin/netra-infra switch --stack staging --to recovery"),
            ("recovery", "normal", true, "bin/netra-infra switch --stack staging --to normal"));
        plan.Steps.SelectMany(s => s.Changes).Should().OnlyContain(c => c.Disruption == Disruption.NewRevision || c.Disruption == Disruption.InPlace);
        plan.Steps[0].Changes.Should().ContainSingle().Which.Name.Should().Be("backend-service", "the backend returns to the primary first");
        plan.Steps[1].Changes.Should().ContainSingle().Which.Fields.Should().Equal(new FieldChange("properties.scaling.minInstanceCount", "1", "0"));
        plan.Steps.Should().OnlyContain(s => s.Hazards.Count == 0);
    }

    [Fact]
    public void A_direct_switch_the_runbook_does_not_offer_is_planned_with_its_hazards()
    {
        // A standby that only emergency has: going straight back to normal deletes it in the step that moves the backend off it.
        var staging = Programs.StagingEnvironment();
        var direct = staging with
        {
            Profiles = staging.Profiles.ToDictionary(p => p.Key, p => p.Key == "emergency" ? p.Value : p.Value with
            {
                Connectors = p.Value.Connectors.Where(c => c.Key != "standby").ToDictionary(),
            }),
            Transitions = [new("normal", "emergency", "test")],
        };

        var plan = SwitchPlanner.Build(Repo.Root, direct, "emergency", "normal", null);

        plan.Steps.Should().ContainSingle().Which.Hazards.Should().ContainSingle(h => h.Kind == TransitionHazardKind.LeavesDeletedConnector);
        PlanReport.Summary(plan).Should().EndWith("NOT A RUNBOOK STEP: see the hazards.");
        PlanReport.Markdown(plan).Should().Contain("> **Hazard:** backend moves off connector 'standby' (staging-standby), which the same step deletes");
    }

    [Theory]
    [InlineData("normal", "emergency", 260, 270)]
    [InlineData("recovery", "emergency", 260, 270)]
    [InlineData("emergency", "recovery", 260, 270)]
    [InlineData("emergency", "direct", 260, 270)]
    [InlineData("direct", "emergency", 260, 270)]
    [InlineData("rollback", "emergency", 260, 270)]
    [InlineData("recovery", "normal", 80, 90)]
    [InlineData("normal", "rollback", 290, 300)]
    [InlineData("rollback", "normal", 290, 300)]
    public void Relief_and_the_whole_up_are_bounded_by_the_engine_the_revision_start_and_the_startup_window(string from, string to, int relief, int whole)
    {
        // lock 5 + engine 45 (inferred) + revision start 30 (inferred) + startup window 0 + 10 × 18 = 260; Pulumi sees the
        // revision done up to 10 s later. A service update without a revision: 50 + 30 (inferred), + 10. Traffic moved to
        // a revision that served nothing (scaled to zero): 50 + the update 30 + its cold start 30 + 180 = 290, + 10.
        var step = SwitchPlanner.Build(Repo.Root, Programs.StagingEnvironment(), from, to, null).Steps.Single();

        step.Timing.Relief.Seconds.Should().Be(relief);
        step.Timing.Whole.Seconds.Should().Be(whole);
    }

    [Fact]
    public void The_startup_window_is_the_initial_delay_plus_period_times_failure_threshold()
    {
        StepOperations.StartupWindowSeconds(new ProbeSpec(ProbeKind.HttpGet, "/health", 120, 80, 60, 3)).Should().Be(360);
        StepOperations.StartupWindowSeconds(new ProbeSpec(ProbeKind.TcpSocket, null, 0, 10, 5, 24)).Should().Be(240);
    }

    [Fact]
    public void The_overview_shows_each_profile_one_runbook_step_from_normal_both_ways_then_every_profile()
    {
        var staging = Programs.StagingEnvironment();

        PlanOverview.Switches(staging).Should().Equal(("normal", "emergency"), ("emergency", "normal"), ("normal", "direct"), ("direct", "normal"), ("normal", "rollback"), ("rollback", "normal"));
        var markdown = PlanOverview.Render(Repo.Root, staging, null);
        markdown.Should().Contain("### emergency → normal\n\n**staging emergency → normal: 2 steps, emergency → recovery → normal (the runbook's way)");
        foreach (var profile in Programs.StagingProfiles)
        {
            markdown.Should().Contain($"<details><summary>{profile}</summary>");
        }
    }

    [Fact]
    public void Json_of_every_plan_at_once_holds_each_switch_and_profile_as_their_own_json_does()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--all", "--format", "json"]);
        var emergency = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency", "--format", "json"]);
        var direct = CliRun.Invoke(["plan", "--stack", "staging", "--profile", "direct", "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().NotContain("\\u0027", "quotes stay readable");
        var all = System.Text.Json.Nodes.JsonNode.Parse(run.Stdout)!;
        var staging = Programs.StagingEnvironment();
        all["unconfirmed"]!.AsArray().Count.Should().Be(staging.Inferred.Count);
        var switches = all["switches"]!.AsArray();
        switches.Select(s => $"{s!["from"]} → {s["to"]}").Should().Equal(PlanOverview.Switches(staging).Select(s => $"{s.From} → {s.To}"));
        all["profiles"]!.AsArray().Select(p => (string?)p!["profile"]).Should().Equal(Programs.StagingProfiles);

        var alone = System.Text.Json.Nodes.JsonNode.Parse(emergency.Stdout)!.AsObject();
        alone.Remove("environment");
        alone.Remove("unconfirmed");
        switches[0]!.ToJsonString().Should().Be(alone.ToJsonString(), "a switch in --all is the switch's own document");
        var profile = System.Text.Json.Nodes.JsonNode.Parse(direct.Stdout)!.AsObject();
        profile.Remove("environment");
        profile.Remove("unconfirmed");
        all["profiles"]!.AsArray().Single(p => (string?)p!["profile"] == "direct")!.ToJsonString().Should().Be(profile.ToJsonString());
    }

    private static IReadOnlyList<ResourceChange> Diff(string from, string to) => ProfileDiff.Between(Programs.Staging(from), Programs.Staging(to));
}
