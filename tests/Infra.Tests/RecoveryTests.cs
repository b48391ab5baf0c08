using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Cost;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Runbook;
using Netra.Infra.Tests.Support;
using Netra.Infra.Transitions;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Recovery that does not return to what failed: the primary grown in place (one-time step grow-primary), priced, and
/// the step emergency → recovery waiting for it in the data, the plan, the runbook and the pure function `switch` calls.
/// </summary>
public class RecoveryTests
{
    private static TransitionSpec Recovery(EnvironmentSpec environment) => environment.Transitions.Single(t => t.From == "emergency" && t.To == "recovery");

    [Fact]
    public void Growing_the_primary_is_one_in_place_change_of_its_machine_type_and_is_priced()
    {
        var step = StepData.Plan("grow-primary", StepData.Prices());

        // The connector, and the throughput alert that follows its ceiling (16,000 Mbps at 10 × e2-standard-4).
        step.Changes.Select(c => c.Name).Should().Equal(VpcConnectorComponent.LogicalName("primary"), AlertPolicyComponent.LogicalName("connector-throughput"));
        step.Changes[1].Fields.Should().Contain(f => f.Path == "properties.conditions[0].conditionPrometheusQueryLanguage.query" && f.After!.Contains("> 12800"));
        var change = step.Changes[0];
        change.Disruption.Should().Be(Disruption.InPlace, "the provider patches machineType; only fewer instances replace a connector");
        change.Fields.Should().Equal(new FieldChange("properties.machineType", "e2-micro", "e2-standard-4"));
        step.Timing.ChangesServing.Should().BeFalse("no service serves differently: the backend stays on the primary");
        var primary = step.ToCost!.Lines.Single(l => l.Item.StartsWith("connector primary", StringComparison.Ordinal));
        primary.Missing.Should().BeEmpty("the price table has the e2-standard-4 instance-hour");
        primary.Detail.Should().Be("2..10 × e2-standard-4");
        ProfileCost.Change(step.FromCost!, step.ToCost).Should().EndWith("(+$6.03 to +$30.16/day)");
    }

    [Fact]
    public void Recovery_waits_for_the_grown_primary_until_the_file_holds_it()
    {
        var staging = Programs.StagingEnvironment();
        var (grown, diagnostics) = StepData.After("grow-primary");

        Recovery(staging).After.Should().Be("grow-primary");
        var unmet = TransitionPreconditions.Unmet(staging, Recovery(staging)).Should().ContainSingle().Which;
        unmet.Should().Be(new TransitionPrecondition("grow-primary", false, "bin/netra-infra plan --stack staging --step grow-primary"));
        unmet.Text.Should().Be("one-time step grow-primary, not done");
        diagnostics.Where(d => d.IsError).Should().BeEmpty();
        TransitionPreconditions.Unmet(grown, Recovery(grown)).Should().BeEmpty();
        TransitionPreconditions.Of(grown, Recovery(grown)).Should().ContainSingle().Which.Done.Should().BeTrue();
        staging.Transitions.Where(t => TransitionPreconditions.Of(staging, t).Count > 0).Select(t => $"{t.From} → {t.To}")
            .Should().Equal(["emergency → recovery", "direct → normal"], "the two steps back onto the primary wait; no incident step may");
    }

    [Fact]
    public void A_step_waiting_for_a_step_that_does_not_exist_is_never_met()
    {
        var staging = Programs.StagingEnvironment();

        TransitionPreconditions.Unmet(staging, Recovery(staging) with { After = "grow-primry" })
            .Should().ContainSingle().Which.Done.Should().BeFalse("a refusal errs on the side of not acting");
    }

    [Fact]
    public void The_plan_says_what_comes_first_in_text_markdown_and_json()
    {
        var staging = Programs.StagingEnvironment();
        var plan = SwitchPlanner.Build(Repo.Root, staging, "emergency", "recovery", null);

        plan.Steps.Single().Unmet.Select(p => p.Step).Should().Equal("grow-primary");
        PlanReport.Summary(plan).Should().EndWith(" First: one-time step grow-primary, not done.");
        PlanReport.Text(plan, TextLayout.For("200", null)).Should()
            .Contain("  First: one-time step grow-primary, not done; what making it changes:\n    $ bin/netra-infra plan --stack staging --step grow-primary\n  $ bin/netra-infra switch --stack staging --to recovery");
        PlanReport.Markdown(plan).Should().Contain("First: one-time step grow-primary, not done — `bin/netra-infra plan --stack staging --step grow-primary` shows it.\n\nRun: `bin/netra-infra switch --stack staging --to recovery");
        var first = JsonDocument.Parse(PlanJson.Render(plan, staging)).RootElement.GetProperty("steps")[0].GetProperty("first")[0];
        first.GetProperty("oneTimeStep").GetString().Should().Be("grow-primary");
        first.GetProperty("done").GetBoolean().Should().BeFalse();
        SwitchPlanner.Build(Repo.Root, staging, "emergency", "normal", null).Steps.Select(s => s.Unmet.Count).Should().Equal(1, 0);
        SwitchPlanner.Build(Repo.Root, staging, "recovery", "emergency", null).Steps.Single().Preconditions.Should().BeEmpty();
    }

    [Fact]
    public void Once_the_primary_is_grown_the_plan_says_so_and_nothing_waits()
    {
        var (grown, _) = StepData.After("grow-primary");
        var plan = SwitchPlanner.Build(Repo.Root, grown, "emergency", "recovery", null);

        PlanReport.Text(plan, TextLayout.For("200", null)).Should().Contain("First: one-time step grow-primary, done\n").And.NotContain("not done");
        PlanReport.Summary(plan).Should().NotContain("First:");
    }

    [Fact]
    public void The_runbook_step_back_from_emergency_names_what_comes_first()
    {
        var staging = Programs.StagingEnvironment();
        var section = RunbookSection.Render(Repo.Root, staging, null);

        section.Should().Contain("2. **emergency → recovery** — ")
            .And.Contain("   - First: one-time step grow-primary, not done — `bin/netra-infra plan --stack staging --step grow-primary` shows it\n   - Run: `bin/netra-infra switch --stack staging --to recovery`");
        section.Split("   - First: ").Should().HaveCount(3, "emergency → recovery and direct → normal wait, nothing else");
    }

    /// <summary>
    /// The trigger's number is the data's: half of what the grown primary carries at the instances it runs. Half of its
    /// maximum would exceed what the standby can carry at all, and connector CPU is low once the backend has left.
    /// </summary>
    [Fact]
    public void The_recovery_trigger_is_the_standby_s_traffic_against_half_of_what_the_grown_primary_runs()
    {
        var (grown, _) = StepData.After("grow-primary");
        var primary = grown.Profiles["recovery"].Connectors["primary"];
        var standby = grown.Profiles["emergency"].Connectors["standby"];
        var half = VpcConnectorLimits.CeilingMbps(primary.MachineType, primary.MinInstances)!.Value / 2;

        var when = Recovery(Programs.StagingEnvironment()).When;

        when.Should().Contain($"below {half.ToString("N0", CultureInfo.InvariantCulture)} Mbps")
            .And.Contain("connector/sent_bytes_count").And.Contain("received_bytes_count").And.Contain("staging-standby")
            .And.Contain("for 30 minutes").And.Contain("no 503/429 alert")
            .And.NotContain("CPU");
        (VpcConnectorLimits.CeilingMbps(primary.MachineType, primary.MaxInstances)!.Value / 2)
            .Should().BeGreaterThan(VpcConnectorLimits.CeilingMbps(standby.MachineType, standby.MaxInstances)!.Value, "half of the maximum would be always true");
    }
}
