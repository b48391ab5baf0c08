using FluentAssertions;
using Netra.Infra.Cost;
using Netra.Infra.Diagnostics;
using Netra.Infra.Runbook;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>The documentation's generated parts come from the data; the checked-in copies must be the current ones.</summary>
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
        var adoption = File.ReadAllText(Repo.Path(GeneratedDocs.AdoptionFile));
        var staging = Programs.StagingEnvironment();

        AdoptionSection.Current(adoption).Should().Be(Adoption(), $"{GeneratedDocs.AdoptionFile}'s checklist is stale: run `{GeneratedDocs.Command("staging")}` and commit the result");
        var section = Adoption();
        var positions = staging.Inferred.Select(f => section.IndexOf($"`{f.Key}` = ", StringComparison.Ordinal)).ToList();
        positions.Should().OnlyContain(p => p >= 0).And.BeInAscendingOrder("the data's order is the order a person confirms them");
        section.IndexOf("## 1. Confirm what is inferred", StringComparison.Ordinal).Should().BeLessThan(section.IndexOf("## 3. One-time steps", StringComparison.Ordinal));
        foreach (var step in staging.OneTimeSteps)
        {
            section.Should().Contain($"- **{step.Name}** — ");
        }

        section.Should().Contain("Disrupts: FAILURES until every client has the new value", "the rotation's disruption is shown")
            .And.Contain("Disrupts: OUTAGE — the database restarts: enabling point-in-time recovery");
    }

    [Fact]
    public void Every_generated_part_of_the_documentation_is_the_one_the_data_generates()
    {
        var staging = Programs.StagingEnvironment();
        var parts = GeneratedDocs.Render(Repo.Root, staging, PriceTable.Load(Repo.Root, staging.Location.Region, new DiagnosticBag()));

        parts.Select(p => p.File).Should().Equal(GeneratedDocs.Readme, GeneratedDocs.RunbookFile, GeneratedDocs.AdoptionFile, GeneratedDocs.PrChecksFile);
        foreach (var part in parts)
        {
            part.Current(File.ReadAllText(Repo.Path(part.File))).Should().Be(part.Text,
                $"{part.File}'s generated part ({part.Begin}) is stale: run `{GeneratedDocs.Command("staging")}` and commit the result");
        }
    }

    [Fact]
    public void The_readme_s_incident_card_names_every_incident_step_s_switch_where_staging_is_and_the_runbook()
    {
        var staging = Programs.StagingEnvironment();
        var card = IncidentCard.Render(Repo.Root, staging, null);
        var readme = File.ReadAllText(Repo.Path(GeneratedDocs.Readme));

        card.Should().Contain("`pulumi stack output profile --stack staging`").And.Contain("[docs/runbook.md](docs/runbook.md)");
        foreach (var step in staging.Transitions.Where(t => t.Incident))
        {
            card.Should().Contain($"| {step.From} | {step.Relieves} | `bin/netra-infra switch --stack staging --to {step.To}", $"{step.From} → {step.To}");
        }

        card.Should().Contain("| normal | a broken backend deploy | `bin/netra-infra switch --stack staging --to rollback --revision <revision>` | 4 min 50 s |");
        card.Should().Contain("from emergency, `--to recovery` then `--to normal`");
        readme.Length.Should().BeLessThanOrEqualTo(15_000, "the README is read at 3 a.m.: the rest lives in docs/");
        readme.IndexOf(IncidentCard.Begin, StringComparison.Ordinal).Should().BeLessThan(readme.IndexOf("\n## ", readme.IndexOf("## In an incident", StringComparison.Ordinal) + 1, StringComparison.Ordinal), "the card is the first section after the commands")
            .And.BeGreaterThan(0);
        readme[..readme.IndexOf(IncidentCard.Begin, StringComparison.Ordinal)].Count(c => c == '\n').Should().BeLessThan(30, "the card starts on the first screen");
    }

    [Fact]
    public void Every_relative_link_of_the_readme_and_docs_names_a_file_that_exists()
    {
        var documents = new[] { Repo.Path("README.md") }.Concat(Directory.GetFiles(Repo.Path("docs"), "*.md"));
        // A code span is never a link (a pattern such as `[a-z]([-a-z0-9])` in the key reference).
        var broken = documents.SelectMany(d => System.Text.RegularExpressions.Regex.Matches(WithoutCodeSpans(File.ReadAllText(d)), @"\]\((?<target>[^)#\s]+)(#[^)]*)?\)")
                .Select(m => m.Groups["target"].Value)
                .Where(t => !t.Contains("://", StringComparison.Ordinal))
                .Where(t => !File.Exists(Path.Combine(Path.GetDirectoryName(d)!, t)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(d)!, t)))
                .Select(t => $"{Path.GetRelativePath(Repo.Root, d)}: {t}"))
            .ToList();

        broken.Should().BeEmpty();
    }

    private static string WithoutCodeSpans(string markdown) => System.Text.RegularExpressions.Regex.Replace(markdown, "`[^`\n]*`", "");

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
        var runbook = File.ReadAllText(Repo.Path(GeneratedDocs.RunbookFile));

        RunbookSection.Current(runbook).Should().NotBe(RunbookSection.Render(Repo.Root, changed, null));
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
    public void The_runbook_command_prints_the_runbook_and_writes_every_part_or_none()
    {
        var printed = CliRun.Invoke(["runbook", "--stack", "staging"]);
        printed.ExitCode.Should().Be(0, printed.Stderr);
        printed.Stdout.Should().Be(Generated() + "\n" + Adoption());

        using var copy = new ProjectCopy("netra-runbook-");
        var prices = Directory.GetFiles(Repo.Path("prices")).Select(f => Path.GetRelativePath(Repo.Root, f));
        foreach (var file in new[] { GeneratedDocs.Readme, GeneratedDocs.RunbookFile, GeneratedDocs.PrChecksFile }.Concat(prices))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(copy.Path(file))!);
            File.Copy(Repo.Path(file), copy.Path(file));
        }

        File.WriteAllText(copy.Path(GeneratedDocs.AdoptionFile), "# no markers\n");
        var staleRunbook = File.ReadAllText(copy.Path(GeneratedDocs.RunbookFile)).Replace("## When an alert fires", "## stale", StringComparison.Ordinal);
        File.WriteAllText(copy.Path(GeneratedDocs.RunbookFile), staleRunbook);

        var refused = CliRun.Invoke(["runbook", "--stack", "staging", "--write", "--root", copy.Root]);
        refused.ExitCode.Should().Be(1);
        refused.Stderr.Should().Contain($"{GeneratedDocs.AdoptionFile} needs a {AdoptionSection.Begin} ... {AdoptionSection.End} section to replace; nothing was written");
        File.ReadAllText(copy.Path(GeneratedDocs.RunbookFile)).Should().Be(staleRunbook, "nothing is written unless every part can be");

        File.WriteAllText(copy.Path(GeneratedDocs.AdoptionFile), $"# Adopting\n\n{AdoptionSection.Begin}\nold\n{AdoptionSection.End}\n\nafter\n");
        var written = CliRun.Invoke(["runbook", "--stack", "staging", "--write", "--root", copy.Root]);
        written.ExitCode.Should().Be(0, written.Stderr);
        written.Stderr.Should().Contain($"wrote {GeneratedDocs.RunbookFile}").And.Contain($"wrote {GeneratedDocs.AdoptionFile}");
        var staging = Programs.StagingEnvironment();
        var parts = GeneratedDocs.Render(copy.Root, staging, PriceTable.Load(copy.Root, staging.Location.Region, new DiagnosticBag()));
        foreach (var part in parts)
        {
            part.Current(File.ReadAllText(copy.Path(part.File))).Should().Be(part.Text, part.File);
        }

        File.ReadAllText(copy.Path(GeneratedDocs.AdoptionFile)).Should().StartWith("# Adopting\n\n").And.EndWith($"{AdoptionSection.End}\n\nafter\n");
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

/// <summary>The runbook for a terminal: docs/runbook.md's section without Markdown, within the terminal's width.</summary>
public class RunbookTextTests
{
    [Fact]
    public void The_text_runbook_fits_the_terminal_and_carries_every_step_and_alert()
    {
        var run = CliRun.Invoke(["runbook", "--stack", "staging", "--format", "text"], new Dictionary<string, string> { ["COLUMNS"] = "80" });
        var staging = Programs.StagingEnvironment();

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().NotContain("**").And.NotContain("| ---").And.NotContain("<!--");
        CliRun.Lines(run.Stdout).Where(l => l.Length > 80 && l.TrimStart().Contains(' ', StringComparison.Ordinal) && !l.TrimStart().StartsWith('$')).Should().BeEmpty("a line over 80 is one word, or a command's first line");
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
