using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests;

/// <summary>
/// The compiler run exactly as the Pulumi engine runs it: Pulumi.yaml's `compiler` command, split like a shell
/// would, started in the project folder with PULUMI_* variables, and stdout parsed as the template
/// (pulumi-yaml pkg/pulumiyaml/run.go, LoadFromCompiler). These start real processes, so they run one at a time.
/// </summary>
[Collection(nameof(ProgramProcesses))]
public class EngineProcessTests(BuiltProgram program)
{
    [Fact]
    public void The_first_run_builds_without_leaking_build_output_into_stdout()
    {
        var result = program.FirstRun;

        result.ExitCode.Should().Be(0, result.Stderr);
        if (result.Stderr.Length == 0)
        {
            // The last test run's build, reused: the wrapper found its stamp equal to today's fingerprint of the sources
            // (BuildCheckTests prove a change rebuilds). A fresh clone, as CI's, takes the branch below.
            File.ReadAllText(Path.Combine(program.BuildDirectory, ".sources")).Should().MatchRegex("^[0-9a-f]{64}-aot=(true|false)\n$");
        }
        else
        {
            result.Stderr.Should().Contain("netra-infra: building");
        }

        ParsesAsTemplate(result.Stdout);
        result.Stdout.Should().Be(CliRun.Invoke(["emit", "--stack", "staging"]).Stdout);
        File.Exists(Path.Combine(program.BuildDirectory, "netra-infra")).Should().BeTrue("the program is compiled ahead of time to a native executable");
    }

    [Fact]
    public void A_run_with_the_engines_environment_prints_only_the_program()
    {
        var result = Run(new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "staging",
            ["PULUMI_PROJECT"] = "netra-infra",
            ["PULUMI_ORGANIZATION"] = "organization",
            ["PULUMI_ROOT_DIRECTORY"] = Repo.Root,
            ["PULUMI_CONFIG"] = """{"netra:profile":"emergency"}""",
        });

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty("a built program does not build again");
        ParsesAsTemplate(result.Stdout);
        result.Stdout.Should().Be(CliRun.Invoke(["emit", "--stack", "staging", "--profile", "emergency"]).Stdout,
            "emit must print exactly what the engine gets");
    }

    [Fact]
    public void The_discovery_run_without_a_stack_succeeds()
    {
        var result = Run(new Dictionary<string, string>());

        result.ExitCode.Should().Be(0, result.Stderr);
        ParsesAsTemplate(result.Stdout).Children[new YamlScalarNode("resources")].Should().BeOfType<YamlMappingNode>()
            .Which.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Should().Equal("gcp-provider", "random-provider", "time-provider");
    }

    [Fact]
    public void A_rejected_configuration_exits_non_zero_before_printing_anything()
    {
        var result = Run(new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "staging",
            ["PULUMI_PROJECT"] = "netra-infra",
            ["PULUMI_ROOT_DIRECTORY"] = Repo.Root,
            ["PULUMI_CONFIG"] = """{"netra:profile":"emergncy"}""",
        });

        result.ExitCode.Should().NotBe(0);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("PULUMI_CONFIG: error NETRA102: netra:profile: 'emergncy' is not a profile of stacks/staging.yaml (profiles: normal, emergency, recovery, direct, rollback)");
    }

    private static YamlMappingNode ParsesAsTemplate(string stdout)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(stdout));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        root.Children.Should().ContainKey(new YamlScalarNode("resources"));
        return root;
    }

    private CliRun Run(IReadOnlyDictionary<string, string> variables) => EngineCompiler.Run(program.BuildDirectory, variables);
}
