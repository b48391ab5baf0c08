using FluentAssertions;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Output for people: text plans fit the terminal (80 columns and up) without splitting words or commands, each format
/// holds only its own syntax, changes are named by what they change, and every command fails in one line.
/// </summary>
public class TextOutputTests
{
    [Fact]
    public void Without_COLUMNS_or_a_terminal_a_plan_is_80_columns_and_a_terminal_s_width_is_used_otherwise()
    {
        TextLayout.For(null, null).Width.Should().Be(80);
        TextLayout.For(null, 132).Width.Should().Be(132);
        TextLayout.For("100", 132).Width.Should().Be(100, "COLUMNS is what the user asked for");
        TextLayout.For("20", null).Width.Should().Be(TextLayout.MinWidth);
    }

    [Fact]
    public void Prose_wraps_between_words_with_a_hanging_indent()
    {
        var text = string.Join(' ', Enumerable.Repeat("connection budget", 30));

        var lines = new TextLayout(60).Paragraph(text, 2, 6).TrimEnd('\n').Split('\n');

        lines.Should().OnlyContain(l => l.Length <= 60);
        lines[0].Should().StartWith("  connection");
        lines.Skip(1).Should().OnlyContain(l => l.StartsWith("      ", StringComparison.Ordinal) && l[6] != ' ');
        string.Join(' ', lines.Select(l => l.Trim())).Should().Be(text, "no word is split or lost");
    }

    [Fact]
    public void A_word_longer_than_a_line_stays_whole_on_a_line_of_its_own()
    {
        var lines = new TextLayout(60).Paragraph("why: service-level scaling (https://cloud.google.com/run/docs/configuring/max-instances#service-vs-revision-level) applies at once", 0, 2).TrimEnd('\n').Split('\n');

        lines.Should().Equal("why: service-level scaling", "  (https://cloud.google.com/run/docs/configuring/max-instances#service-vs-revision-level)", "  applies at once");
    }

    [Fact]
    public void A_duration_is_never_split_from_its_unit()
    {
        var laid = new TextLayout(60).Paragraph("The switch from normal to emergency brings relief in up to 4 min 20 s (budget 5 min).", 0, 2);

        laid.Should().Be("The switch from normal to emergency brings relief in up to\n  4 min 20 s (budget 5 min).\n", "`4` alone at the end of the line would read as four of something else");
    }

    [Fact]
    public void A_code_span_is_one_word_however_many_spaces_it_holds()
    {
        var laid = new TextLayout(60).Paragraph("Runbook step normal → emergency, in one command: `bin/netra-infra switch --stack staging --to emergency` (README).", 0, 4);

        laid.Should().Be("Runbook step normal → emergency, in one command:\n    `bin/netra-infra switch --stack staging --to emergency`\n    (README).\n");
    }

    [Fact]
    public void A_code_span_no_line_holds_is_a_command_on_lines_of_its_own()
    {
        var laid = new TextLayout(60).Paragraph("Choose a ready one (`gcloud run revisions list --service netra-backend-staging --region us-central1 --format='table(metadata.name)'` lists them) and run the step.", 0, 4);

        laid.Should().Be(
            "Choose a ready one (\n"
            + "    $ gcloud run revisions list --service \\\n"
            + "        netra-backend-staging --region us-central1 \\\n"
            + "        --format='table(metadata.name)'\n"
            + "    lists them) and run the step.\n");
    }

    [Fact]
    public void Every_line_of_a_text_in_paragraphs_keeps_the_hanging_indent()
    {
        var text = "Users cannot reach a host: curl -sv shows the failure.\n\nRunbook step normal → emergency.\n  indented as written";

        var laid = new TextLayout(60).Paragraph("  properties.documentation.content = " + text, 2, 6);

        laid.Should().Be(
            "  properties.documentation.content = Users cannot reach a\n"
            + "      host: curl -sv shows the failure.\n"
            + "\n"
            + "      Runbook step normal → emergency.\n"
            + "        indented as written\n");
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(120)]
    public void Every_confirm_command_wrapped_is_the_same_command(int width)
    {
        var layout = new TextLayout(width);
        foreach (var fact in Programs.StagingEnvironment().Inferred)
        {
            var wrapped = layout.Command(fact.Confirm, 4, "$ ");

            var joined = string.Join(' ', wrapped.TrimEnd('\n').Split(" \\\n").Select(l => l.Trim()));
            joined.Should().Be("$ " + fact.Confirm, "a continuation only ever replaces a space between arguments");
        }
    }

    [Fact]
    public void A_command_breaks_between_arguments_never_inside_quotes()
    {
        var wrapped = new TextLayout(60).Command("gcloud logging read 'resource.type=\"cloud_run_revision\" AND severity>=ERROR' --project netra-staging --limit 5", 0);

        wrapped.Should().Be("gcloud logging read \\\n    'resource.type=\"cloud_run_revision\" AND severity>=ERROR' \\\n    --project netra-staging --limit 5\n");
    }

    [Fact]
    public void Environment_variables_and_database_flags_are_named_in_the_inventory()
    {
        var program = Programs.Staging("normal");

        var backend = Inventory.Fields(program.Resources.Single(r => r.Name == "backend-service")).Select(f => f.Path).ToList();
        backend.Should().Contain("properties.template.containers[0].envs[DATABASE_POOL_SIZE].value")
            .And.Contain("properties.template.containers[0].envs[DATABASE_URL].valueSource.secretKeyRef.secret")
            .And.NotContain(p => p.Contains("envs[0]", StringComparison.Ordinal));
        var database = Inventory.Fields(program.Resources.Single(r => r.Name == "database-instance")).Select(f => f.Path).ToList();
        database.Should().Contain("properties.settings.databaseFlags[max_connections].value");
    }

    [Fact]
    public void A_change_of_dependsOn_alone_is_not_a_change()
    {
        var before = program(new ResourceOptions());
        var after = program(new ResourceOptions { DependsOn = [new ReferenceValue("primary-connector")] });

        ProfileDiff.Between(before, after).Should().BeEmpty("dependsOn orders Pulumi's operations and changes nothing in GCP");

        static ProgramDeclaration program(ResourceOptions options) =>
            new("test", [], [new ResourceDeclaration("backend-service", "gcp:cloudrunv2:Service", new MapValue { { "name", new StringValue("netra-backend-staging") } }, options, [])], []);
    }

    [Fact]
    public void Plan_all_as_text_has_no_markdown_and_as_markdown_has_no_underlined_titles()
    {
        var text = CliRun.Invoke(["plan", "--stack", "staging", "--all"]).Stdout;
        var markdown = CliRun.Invoke(["plan", "--stack", "staging", "--all", "--format", "markdown"]).Stdout;

        text.Should().NotContain("###").And.NotContain("<details>").And.NotContain("| --- |").And.NotContain("**");
        text.Should().Contain("normal → emergency\n==================\n");
        markdown.Should().Contain("### normal → emergency").And.NotContain("\n===");
    }

    [Fact]
    public void In_markdown_a_change_of_a_value_in_paragraphs_stays_in_its_table_row()
    {
        var markdown = CliRun.Invoke(["plan", "--stack", "staging", "--step", "grow-primary", "--format", "markdown"]).Stdout;

        var table = markdown[markdown.IndexOf("| resource |", StringComparison.Ordinal)..].Split("\n\n")[0].Split('\n');
        table.Should().OnlyContain(l => l.StartsWith("| ", StringComparison.Ordinal) && l.EndsWith(" |", StringComparison.Ordinal), "a newline in a cell would end the table");
        table.Should().Contain(l => l.Contains("documentation.content:", StringComparison.Ordinal) && l.Contains("<br><br>Runbook step", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "inventory", "--stack", "staging", "--write", "/nonexistent/folder" }, "netra-infra: --write /nonexistent/folder: no such folder (create it first)")]
    [InlineData(new[] { "plan", "--stack", "staging", "--step", "own-identity" }, "stacks/staging.yaml: error NETRA708: --step: 'own-identity' is not a one-time step of stacks/staging.yaml (steps: backend-startup-probe-reaches-database, auth-startup-probe-reaches-database, auth-on-standby, grow-primary, own-identities, generated-credentials, front-door-only, point-in-time-recovery, database-logging, front-door-request-logs, front-door-modern-tls, database-private-ip-only)")]
    [InlineData(new[] { "plan", "--stack", "staging", "--profile", "emergancy" }, "--profile: error NETRA102: 'emergancy' is not a profile of stack staging: did you mean 'emergency'? (profiles: direct, emergency, normal, recovery, rollback)")]
    [InlineData(new[] { "plan", "--stack", "staging", "--from", "normal" }, "netra-infra: plan needs both --from and --to for a diff (or neither, for an inventory)")]
    public void A_command_that_cannot_run_says_why_in_one_line_and_prints_nothing(string[] args, string error)
    {
        var run = CliRun.Invoke(args);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        CliRun.Lines(run.Stderr).First().Should().Be(error);
        run.Stderr.Should().NotContain("   at ");
    }
}
