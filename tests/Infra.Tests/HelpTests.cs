using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>Help is where people look: on stdout (`--help | less`), also as a command.</summary>
public class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public void Help_lists_the_commands_on_stdout(string asked)
    {
        var run = CliRun.Invoke([asked]);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("switch").And.Contain("plan").And.Contain("adopt");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Help_for_one_command_is_that_commands_help()
    {
        var run = CliRun.Invoke(["help", "switch"]);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain(" switch [options]").And.Contain("--dry-run");
    }

    [Fact]
    public void The_version_is_on_stdout()
    {
        var run = CliRun.Invoke(["--version"]);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }
}

/// <summary>JSON for people and scripts alike: quotes and arrows as written, never \u0027 escapes.</summary>
public class ReadableJsonTests
{
    [Theory]
    [InlineData("plan --stack staging --from normal --to emergency --format json")]
    [InlineData("plan --stack staging --profile normal --format json")]
    [InlineData("plan --stack staging --step grow-primary --format json")]
    [InlineData("plan --stack staging --all --format json")]
    public void A_plan_in_json_keeps_quotes_and_arrows_readable(string command)
    {
        var run = CliRun.Invoke(command.Split(' '));

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("the records' 100-connection limit").And.Contain("→");
        System.Text.RegularExpressions.Regex.Matches(run.Stdout, @"\\u[0-9A-Fa-f]{4}").Select(m => m.Value).Should().BeEmpty("nothing is escaped that JSON allows as it is");
        System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
    }
}

/// <summary>Typos are answered before anything is printed, under the option the user typed, with the closest name.</summary>
public class TypoTests
{
    [Theory]
    [InlineData("--to", "emergncy", "emergency")]
    [InlineData("--from", "normall", "normal")]
    public void A_misspelled_profile_prints_nothing_and_names_its_option(string option, string typed, string meant)
    {
        string[] args = option == "--to"
            ? ["plan", "--stack", "staging", "--from", "normal", "--to", typed]
            : ["plan", "--stack", "staging", "--from", typed, "--to", "emergency"];

        var run = CliRun.Invoke(args);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{option}: error NETRA102: '{typed}' is not a profile of stack staging: did you mean '{meant}'?");
    }

    [Fact]
    public void A_misspelled_stack_suggests_the_same_command_for_the_environment_meant()
    {
        var run = CliRun.Invoke(["plan", "--stack", "stagin"]);

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("Did you mean: bin/netra-infra plan --stack staging").And.NotContain("bin/netra-infra emit");
    }
}

/// <summary>One set of flags: `plan --config-file` as `emit` and pulumi take it, `--format` on every command.</summary>
public class FlagTests
{
    [Fact]
    public void Plan_takes_a_config_file_as_pulumi_does()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--config-file", "Pulumi.rollback.yaml", "--format", "markdown"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("**staging rollback:");
    }

    [Fact]
    public void Emit_names_its_output_format_option_as_plan_does()
    {
        var run = CliRun.Invoke(["emit", "--stack", "stagin", "--format", "json"]);

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("\"code\": \"NETRA100\"");
    }
}

/// <summary>`plan --stack staging` for people: the state of things on one screen, the inventory behind a flag.</summary>
public class ProfileSummaryTests
{
    [Fact]
    public void The_plan_of_a_profile_is_summary_first_and_the_inventory_is_behind_a_flag()
    {
        var columns = new Dictionary<string, string> { ["COLUMNS"] = "80" };
        var summary = CliRun.Invoke(["plan", "--stack", "staging"], columns);
        var inventory = CliRun.Invoke(["plan", "--stack", "staging", "--inventory"], columns);
        var staging = Programs.StagingEnvironment();

        summary.ExitCode.Should().Be(0, summary.Stderr);
        summary.Stdout.Should().StartWith("staging normal: ").And.Contain("* connector standby (staging-standby): 2..3 × e2-standard-4")
            .And.Contain("* → emergency, incident step: relief in up to 4 min 20 s (budget 5 min)")
            .And.Contain("    $ bin/netra-infra switch --stack staging --to emergency\n")
            .And.Contain($"UNCONFIRMED: {staging.Inferred.Count} value(s)")
            .And.Contain("  $ bin/netra-infra plan --stack staging --inventory");
        CliRun.Lines(summary.Stdout).Count().Should().BeLessThan(60, "one screen, not the inventory");
        CliRun.Lines(summary.Stdout).Where(l => l.Length > 80 && !l.TrimStart().StartsWith('$')).Should().BeEmpty();
        CliRun.Lines(inventory.Stdout).Count().Should().BeGreaterThan(500);
        inventory.Stdout.Should().Contain("backend-service  gcp:cloudrunv2:Service");
    }
}
