using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Moq;
using Netra.Infra.Cli;
using Netra.Infra.Diagnostics;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Help for the person on call: wrapped to the terminal (COLUMNS, else 80 when piped), examples that run as written, the
/// environments and profiles read from the data, and each command's exit codes; on stdout, exit 0.
/// </summary>
public class ManualHelpTests
{
    private static readonly Dictionary<string, string> Columns80 = new() { ["COLUMNS"] = "80" };

    public static TheoryData<string> Commands() => new(CommandNames());

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_help_fits_80_columns_on_stdout_and_exits_0(string command)
    {
        string[] asked = command == "" ? ["--help"] : ["help", command];

        var run = CliRun.Invoke(asked, Columns80);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain("Usage:").And.Contain("Examples:");
        CliRun.Lines(run.Stdout).Where(l => l.Length > 80 && !Unbreakable(l)).Should().BeEmpty();
    }

    [Fact]
    public void Piped_help_without_COLUMNS_is_80_wide_and_COLUMNS_widens_it()
    {
        var piped = CliRun.Invoke(["help", "plan"]);
        var wide = CliRun.Invoke(["help", "plan"], new Dictionary<string, string> { ["COLUMNS"] = "140" });

        CliRun.Lines(piped.Stdout).Max(l => l.Length).Should().BeLessThanOrEqualTo(80);
        CliRun.Lines(wide.Stdout).Max(l => l.Length).Should().BeInRange(81, 140, "the option descriptions and details use the room they are given");
    }

    [Fact]
    public void The_command_list_gives_each_command_one_line_at_80_columns()
    {
        var run = CliRun.Invoke(["--help"], Columns80);

        var list = run.Stdout.Split("Commands:\n")[1].Split("\n\n")[0].Split('\n');
        list.Should().HaveCount(CommandNames().Count(c => c != ""), "one line each, the long explanation is in the command's own help");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_shows_one_to_three_examples_that_parse_as_that_command(string command)
    {
        var help = command == "" ? CommandManual.Root : CommandManual.For(command)!;
        var run = CliRun.Invoke(command == "" ? ["--help"] : [command, "--help"], new Dictionary<string, string> { ["COLUMNS"] = "250" });

        help.Examples.Count.Should().BeInRange(1, 3);
        foreach (var example in help.Examples)
        {
            run.Stdout.Should().Contain($"    $ {example.Command}\n");
            if (example.Command.StartsWith("bin/netra-infra ", StringComparison.Ordinal))
            {
                var parsed = Root().Parse(Arguments(example.Command));
                parsed.Errors.Should().BeEmpty(example.Command);
                if (command != "")
                {
                    parsed.CommandResult.Command.Name.Should().Be(command);
                }
            }
        }
    }

    [Theory]
    [InlineData("emit")]
    [InlineData("inventory")]
    [InlineData("plan")]
    [InlineData("runbook")]
    [InlineData("schema")]
    [InlineData("secrets-config")]
    public void The_offline_examples_run_as_written(string command)
    {
        // Examples that write files would change the repository under test: they are parsed above, not run.
        foreach (var example in CommandManual.For(command)!.Examples.Where(e => !e.Command.Contains("--write", StringComparison.Ordinal)))
        {
            var run = CliRun.Invoke(Arguments(example.Command));

            run.ExitCode.Should().BeOneOf([ExitCodes.Success, ExitCodes.Changes], $"{example.Command}: {run.Stderr}");
            run.Stdout.Should().NotBeEmpty(example.Command);
        }
    }

    [Fact]
    public void The_top_level_help_lists_each_environment_and_its_profiles_from_the_data()
    {
        using var project = new MinimalProject();
        project.Write("stacks/staging.yaml", project.Read("stacks/staging.yaml").Replace("\nprofiles:\n", """

            profiles:
              drill:
                description: >-
                  A profile only this test declares. Its second sentence is not shown.
                extends: normal
              quiet:
                description: ""
                extends: normal

            """, StringComparison.Ordinal));

        var run = CliRun.Invoke(["--help"], Columns80, workingDirectory: project.Root);
        var repository = CliRun.Invoke(["--help"], Columns80);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("Environments (stacks/<environment>.yaml) and their profiles:\n  staging (stacks/staging.yaml):\n    drill      A profile only this test declares.\n")
            .And.Contain("\n    quiet\n").And.NotContain("second sentence");
        foreach (var profile in Programs.StagingEnvironment().Profiles.Values)
        {
            repository.Stdout.Should().MatchRegex($@"\n    {profile.Name} +{Regex.Escape(EnvironmentProfiles.Lead(profile.Description).Split(' ')[0])} ");
        }

        repository.Stdout.Should().Contain("    emergency  Connector capacity exhaustion on the primary.\n");
    }

    [Theory]
    [InlineData("profiles: [\n")]
    [InlineData("")]
    public void Help_prints_without_the_profiles_when_the_data_cannot_be_read(string broken)
    {
        using var project = new MinimalProject();
        project.Write("stacks/staging.yaml", broken);

        var run = CliRun.Invoke(["--help"], Columns80, workingDirectory: project.Root);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain("switch").And.Contain("Exit codes:").And.NotContain("    normal ");
        Regex.Replace(run.Stdout, @"\n +", " ").Should().Contain("Environments (stacks/<environment>.yaml) and their profiles: staging (stacks/staging.yaml): cannot be read; bin/netra-infra plan --stack staging says why\n");
    }

    [Fact]
    public void Help_prints_in_a_folder_without_any_environment()
    {
        var folder = Directory.CreateTempSubdirectory("netra-help-").FullName;
        try
        {
            var run = CliRun.Invoke(["--help"], Columns80, workingDirectory: folder);

            run.ExitCode.Should().Be(0);
            run.Stdout.Should().Contain("Environments (stacks/<environment>.yaml) and their profiles:\n  none: no stacks/*.yaml");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("switch", new[] { 0, 1, 2, 3, 4, 5 })]
    [InlineData("adopt", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("plan", new[] { 0, 1, 2, 5 })]
    [InlineData("emit", new[] { 0, 1, 2 })]
    [InlineData("", new[] { 0, 1, 2, 3, 4, 5 })]
    public void Each_command_lists_the_exit_codes_it_returns(string command, int[] codes)
    {
        var run = CliRun.Invoke(command == "" ? ["--help"] : ["help", command], Columns80);

        var section = run.Stdout.Split("Exit codes:\n")[1].Split("\n\n")[0];
        Regex.Matches(section, @"^  (\d)  \S", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).Should().Equal(codes);
        if (codes.Contains(ExitCodes.Changes))
        {
            section.Should().Contain("5  ").And.Contain("--detailed-exitcode");
        }
    }

    [Fact]
    public void The_catalogue_lists_every_exit_code_once()
    {
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (int)f.GetValue(null)!);
        var rows = Regex.Matches(File.ReadAllText(Repo.Path("docs", "diagnostics.md")), @"^\| (\d) \| (?<meaning>[^|]+) \| (?<commands>[^|]+) \|$", RegexOptions.Multiline);

        rows.Select(r => int.Parse(r.Groups[1].Value)).Should().Equal(codes.Order());
        CommandManual.Root.ExitCodes.Select(c => c.Code).Should().Equal(codes.Order(), "the top-level help lists them all");
    }

    [Fact]
    public void Help_for_a_command_that_does_not_exist_is_refused_with_the_closest()
    {
        var run = CliRun.Invoke(["help", "swich"]);

        run.ExitCode.Should().Be(ExitCodes.Refused);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("netra-infra: help swich: no such command; did you mean 'bin/netra-infra help switch'?");
    }

    /// <summary>"" for the top level, then every command.</summary>
    private static IEnumerable<string> CommandNames() => Root().Subcommands.Select(c => c.Name).Prepend("");

    private static RootCommand Root() =>
        new NetraCli(TextWriter.Null, TextWriter.Null, _ => null, Mock.Of<IPulumiCommandLine>(), Repo.Root).Build(new InvocationConfiguration());

    private static string[] Arguments(string example) => example.Split(' ')[1..];

    /// <summary>A line that is one word (a path, a URL, a command's argument kept whole so that it pastes).</summary>
    private static bool Unbreakable(string line) => !line.Trim().TrimStart('$').Trim().TrimEnd('\\').Trim().Contains(' ', StringComparison.Ordinal);
}
