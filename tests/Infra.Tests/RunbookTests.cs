using FluentAssertions;
using Netra.Infra.Cost;
using Netra.Infra.Diagnostics;
using Netra.Infra.Runbook;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>The README's incident section is generated from the data; the checked-in copy must be the current one.</summary>
public class RunbookTests
{
    private static string Generated()
    {
        var staging = Programs.StagingEnvironment();
        return RunbookSection.Render(Repo.Root, staging, PriceTable.Load(Repo.Root, staging.Location.Region, new DiagnosticBag()));
    }

    private static string Adoption()
    {
        var staging = Programs.StagingEnvironment();
        return AdoptionSection.Render(Repo.Root, staging, PriceTable.Load(Repo.Root, staging.Location.Region, new DiagnosticBag()));
    }

    [Fact]
    public void The_readme_s_adoption_checklist_is_the_one_the_data_generates_in_the_order_a_person_works()
    {
        var readme = File.ReadAllText(Repo.Path("README.md"));
        var staging = Programs.StagingEnvironment();

        AdoptionSection.Current(readme).Should().Be(Adoption(), $"the README's adoption checklist is stale: run `{RunbookSection.Command("staging")}` and commit the result");
        var section = Adoption();
        var positions = staging.Inferred.Select(f => section.IndexOf($"`{f.Key}` = ", StringComparison.Ordinal)).ToList();
        positions.Should().OnlyContain(p => p >= 0).And.BeInAscendingOrder("the data's order is the order a person confirms them");
        section.IndexOf("#### 1. Confirm what is inferred", StringComparison.Ordinal).Should().BeLessThan(section.IndexOf("#### 3. One-time steps", StringComparison.Ordinal));
        foreach (var step in staging.OneTimeSteps)
        {
            section.Should().Contain($"- **{step.Name}** — ");
        }

        section.Should().Contain("Disrupts: FAILURES until every client has the new value", "the rotation's disruption is shown")
            .And.Contain("Disrupts: OUTAGE — the database restarts: enabling point-in-time recovery");
    }

    [Fact]
    public void The_readme_s_incident_section_is_the_one_the_data_generates()
    {
        var readme = File.ReadAllText(Repo.Path("README.md"));

        RunbookSection.Current(readme).Should().Be(Generated(),
            $"the README's incident section is stale: run `{RunbookSection.Command("staging")}` and commit the result");
    }

    [Fact]
    public void Every_runbook_step_says_what_to_run_what_it_disrupts_how_long_what_it_costs_and_how_to_go_back()
    {
        var section = Generated();
        var staging = Programs.StagingEnvironment();

        foreach (var step in staging.Transitions)
        {
            section.Should().Contain($"**{step.From} → {step.To}**{(step.Incident ? " (incident step)" : "")} — {step.When}");
        }

        foreach (var field in new[] { "   - Run: `", "   - Disrupts: ", "   - Relief: ", "   - Takes: ", "   - Connections at the worst moment: ", "   - Cost: $", "   - Back: " })
        {
            CountOf(section, field).Should().Be(staging.Transitions.Count, field);
        }

        section.Should().Contain("1. **normal → emergency** (incident step)").And.Contain("Back: 2 steps, `bin/netra-infra switch --stack staging --to recovery` (recovery), then `bin/netra-infra switch --stack staging --to normal` (normal).");
        section.Should().Contain("   - Relief: up to 4 min 20 s (incident budget 5 min): Pulumi's lock, refreshes and preview 50 s (inferred) → backend-service new revision (rolling)");
        section.Should().Contain("Every `up` and `preview` refreshes first (`refresh: always` in Pulumi.yaml)");
        section.Should().Contain("   - Run: `bin/netra-infra switch --stack staging --to rollback --revision <revision>`", "the revision is named when the step runs")
            .And.Contain("   - Choose: the revision to return to, a ready one of netra-backend-staging: `gcloud run revisions list --service netra-backend-staging");
        section.Should().NotContain("OUTAGE", "no runbook step replaces a connector or restarts the database");
    }

    [Fact]
    public void A_changed_step_makes_the_checked_in_section_stale()
    {
        var staging = Programs.StagingEnvironment();
        var changed = staging with { Transitions = [.. staging.Transitions.Select(t => t with { When = t.When + " (changed)" })] };
        var readme = File.ReadAllText(Repo.Path("README.md"));

        RunbookSection.Current(readme).Should().NotBe(RunbookSection.Render(Repo.Root, changed, null));
    }

    [Fact]
    public void Writing_replaces_only_the_section_between_the_markers()
    {
        var readme = $"# Title\n\n{RunbookSection.Begin}\nold\n{RunbookSection.End}\n\n## Next\n";
        var section = $"{RunbookSection.Begin}\nnew\n{RunbookSection.End}\n";

        RunbookSection.Splice(readme, section).Should().Be($"# Title\n\n{RunbookSection.Begin}\nnew\n{RunbookSection.End}\n\n## Next\n");
        RunbookSection.Splice("# no markers\n", section).Should().BeNull();
    }

    [Fact]
    public void The_runbook_command_prints_the_section_and_refuses_a_file_without_markers()
    {
        var printed = CliRun.Invoke(["runbook", "--stack", "staging"]);
        var target = Path.GetTempFileName();
        File.WriteAllText(target, "# no markers\n");
        var refused = CliRun.Invoke(["runbook", "--stack", "staging", "--write", target]);
        var after = File.ReadAllText(target);
        File.Delete(target);

        printed.ExitCode.Should().Be(0, printed.Stderr);
        printed.Stdout.Should().Be(Generated() + "\n" + Adoption());
        refused.ExitCode.Should().Be(1);
        refused.Stderr.Should().Contain("needs both a <!-- runbook:begin --> ... <!-- runbook:end --> and a <!-- adoption:begin --> ... <!-- adoption:end --> section to replace");
        after.Should().Be("# no markers\n");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>The runbook for a terminal: the README's section without Markdown, within the terminal's width.</summary>
public class RunbookTextTests
{
    [Fact]
    public void The_text_runbook_fits_the_terminal_and_carries_every_step_and_alert()
    {
        var run = CliRun.Invoke(["runbook", "--stack", "staging", "--format", "text"], new Dictionary<string, string> { ["COLUMNS"] = "80" });
        var staging = Programs.StagingEnvironment();

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().NotContain("**").And.NotContain("| ---").And.NotContain("<!--");
        CliRun.Lines(run.Stdout).Where(l => l.Length > 80 && l.Contains(' ', StringComparison.Ordinal) && !l.TrimStart().StartsWith('$')).Should().BeEmpty();
        foreach (var transition in staging.Transitions)
        {
            run.Stdout.Should().Contain($"{transition.From} → {transition.To}");
        }

        foreach (var alert in staging.Observability.Alerts.Keys)
        {
            run.Stdout.Should().Contain($"({alert})");
        }

        run.Stdout.Should().Contain("     $ bin/netra-infra switch --stack staging --to emergency\n");
    }
}
