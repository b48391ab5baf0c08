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
    private static readonly Dictionary<string, string> Columns80 = new() { ["COLUMNS"] = "80" };

    public static IEnumerable<object[]> TextPlans() =>
    [
        [new[] { "plan", "--stack", "staging", "--from", "normal", "--to", "emergency" }],
        [new[] { "plan", "--stack", "staging", "--from", "emergency", "--to", "normal" }],
        [new[] { "plan", "--stack", "staging", "--from", "normal", "--to", "rollback" }],
        [new[] { "plan", "--stack", "staging", "--step", "own-identities" }],
        [new[] { "plan", "--stack", "staging", "--all" }],
    ];

    [Theory]
    [MemberData(nameof(TextPlans))]
    public void A_text_plan_at_80_columns_has_no_line_over_80(string[] args)
    {
        var run = CliRun.Invoke(args, Columns80);

        run.ExitCode.Should().Be(0, run.Stderr);
        CliRun.Lines(run.Stdout).Where(l => l.Length > 80).Should().BeEmpty();
    }

    [Fact]
    public void The_inventory_at_80_columns_exceeds_80_only_with_one_shell_argument_that_cannot_be_broken()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--inventory"], Columns80);

        run.ExitCode.Should().Be(0, run.Stderr);
        CliRun.Lines(run.Stdout).Where(l => l.Length > 80)
            .Should().OnlyContain(l => l.TrimStart().Split(' ').Length <= 2 || l.TrimStart().StartsWith('\''), "a line over 80 holds one argument (and its ` \\`)");
    }

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
    public void A_word_longer_than_a_line_breaks_after_a_separator()
    {
        var lines = new TextLayout(60).Paragraph("see https://cloud.google.com/run/docs/configuring/max-instances#service-vs-revision-level", 0, 2).TrimEnd('\n').Split('\n');

        lines.Should().Equal("see https://cloud.google.com/run/docs/configuring/max-", "  instances#service-vs-revision-level");
    }

    [Fact]
    public void Every_confirm_command_wrapped_at_80_is_the_same_command()
    {
        var layout = new TextLayout(80);
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
