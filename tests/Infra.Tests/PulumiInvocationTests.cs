using FluentAssertions;
using Moq;
using Netra.Infra.Cli;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The compile refuses, before printing anything, a `pulumi` command that would not do what it says: an engine variable
/// exported in the operator's shell (NETRA107) or a command line that turns off the refresh Pulumi.yaml asks for
/// (NETRA108). The `pulumi` process is a Moq stand-in answering as ProcessTreePulumiCommandLine reads /proc.
/// </summary>
public class PulumiInvocationTests
{
    private const string EmergencyStep = "up --stack staging --config-file Pulumi.emergency.yaml";

    [Fact]
    public void An_exported_PULUMI_CONFIG_refuses_the_stack_compile_and_prints_nothing()
    {
        // What the compiler sees is the operator's value (it came last); the refusal must not repeat it.
        var run = CliRun.Invoke(["compile"], CliRun.EngineVariables("staging", """{"netra:profile":"normal","netra:note":"s3cret-value"}"""),
            Pulumi(EmergencyStep, exported: "PULUMI_CONFIG"));

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().Equal(
            "environment: error NETRA107: PULUMI_CONFIG: is exported in the shell that ran `pulumi up --stack staging --config-file Pulumi.emergency.yaml`, and the engine passes the shell's variables after its own and the last one wins (pulumi-yaml pkg/pulumiyaml/run.go, LoadFromCompiler): this run would compile the configuration in that variable, whatever the stack's file or --config-file says. Run `unset PULUMI_CONFIG`, then the command again; to run a profile's step: `bin/netra-infra switch --stack staging --to <profile>`");
        run.Stderr.Should().NotContain("s3cret-value").And.NotContain("netra:note");
    }

    [Fact]
    public void An_exported_PULUMI_STACK_refuses_the_discovery_call_with_the_fix_not_a_missing_profile()
    {
        // The discovery call carries no engine variable: the only PULUMI_STACK it sees is the operator's.
        var discovery = new Dictionary<string, string> { ["PULUMI_STACK"] = "staging" };

        var run = CliRun.Invoke(["compile"], discovery, Pulumi("preview --stack staging", exported: "PULUMI_STACK"));
        var unknown = CliRun.Invoke(["compile"], discovery, verb: "preview");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith(
            "environment: error NETRA107: PULUMI_STACK: is exported in the shell that ran `pulumi preview --stack staging`, and the engine passes the shell's variables after its own")
            .And.Contain("even the plugin discovery the engine runs with no stack")
            .And.Contain("Run `unset PULUMI_STACK`, then the command again (choose the stack with `--stack staging`)")
            .And.EndWith("`bin/netra-infra switch --stack staging --to <profile>`");
        unknown.ErrorLines.Should().ContainSingle("unrefused, the same call fails on a profile it was never given, which says nothing of the cause")
            .Which.Should().StartWith("PULUMI_CONFIG: error NETRA002: netra:profile: no profile selected");
    }

    [Fact]
    public void Both_exported_variables_are_refused_at_once()
    {
        var run = CliRun.Invoke(["compile"], CliRun.EngineVariables("staging", """{"netra:profile":"normal"}"""),
            Pulumi(EmergencyStep + " --refresh=false", exported: ["PULUMI_CONFIG", "PULUMI_STACK"]));

        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().SatisfyRespectively(
            l => l.Should().StartWith("environment: error NETRA107: PULUMI_CONFIG: is exported"),
            l => l.Should().StartWith("environment: error NETRA107: PULUMI_STACK: is exported"),
            l => l.Should().StartWith("command line: error NETRA108: --refresh=false: turns off the refresh"));
    }

    [Theory]
    [InlineData("up --refresh=false --stack staging --config-file Pulumi.emergency.yaml", "--refresh=false", EmergencyStep)]
    [InlineData("up -r=false --stack staging --config-file Pulumi.emergency.yaml", "-r=false", EmergencyStep)]
    [InlineData("preview --stack staging --refresh=0", "--refresh=0", "preview --stack staging")]
    [InlineData("preview --stack staging -r=f", "-r=f", "preview --stack staging")]
    [InlineData("preview --stack staging --refresh=F", "--refresh=F", "preview --stack staging")]
    [InlineData("preview --stack staging --refresh=FALSE", "--refresh=FALSE", "preview --stack staging")]
    [InlineData("preview --stack staging --refresh=False", "--refresh=False", "preview --stack staging")]
    [InlineData("up --refresh --stack staging --refresh=false", "--refresh=false", "up --stack staging")]
    [InlineData("up -yr=false --stack staging", "-yr=false", "up -y --stack staging")]
    public void A_command_line_that_turns_refresh_off_is_refused_with_the_command_without_it(string command, string flag, string fixedCommand)
    {
        var run = CliRun.Invoke(["compile"], CliRun.EngineVariables("staging", """{"netra:profile":"emergency"}"""), Pulumi(command));

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().Equal(
            $"command line: error NETRA108: {flag}: turns off the refresh Pulumi.yaml asks for (`options: refresh: always`; an explicit --refresh wins, pulumi/pulumi pkg/cmd/pulumi/operations/io.go, getRefreshOption): without it, state still holds the image recorded at the last up, and any update of a service's template rolls the service back to that image. Run the same command without it: `pulumi {fixedCommand}`");
    }

    [Theory]
    [InlineData(EmergencyStep)]
    [InlineData("up --refresh=true --stack staging --config-file Pulumi.emergency.yaml")]
    [InlineData("up -r --stack staging --config-file Pulumi.emergency.yaml")]
    [InlineData("up --refresh=false --refresh=T --stack staging --config-file Pulumi.emergency.yaml")] // the last one wins
    [InlineData("up --refresh=false --refresh= --stack staging --config-file Pulumi.emergency.yaml")] // "": Pulumi.yaml's `always` again
    [InlineData("up --refresh false --stack staging --config-file Pulumi.emergency.yaml")] // pflag: `false` is an argument, refresh is "true"
    [InlineData("up -r false --stack staging --config-file Pulumi.emergency.yaml")]
    [InlineData("up -s staging --config-file Pulumi.emergency.yaml -- --refresh=false")] // after `--`, not a flag
    public void A_command_line_that_refreshes_compiles(string command)
    {
        var run = CliRun.Invoke(["compile"], CliRun.EngineVariables("staging", """{"netra:profile":"emergency"}"""), Pulumi(command));

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Be(CliRun.Invoke(["emit", "--stack", "staging", "--profile", "emergency"]).Stdout);
    }

    [Fact]
    public void The_verb_still_names_the_command_in_a_refusal()
    {
        var run = CliRun.Invoke(["compile"], CliRun.EngineVariables("emergency", """{"netra:profile":"emergency"}"""), Pulumi("preview --stack emergency"));

        run.ErrorLines.Should().ContainSingle().Which.Should().EndWith("Run instead: pulumi preview --stack staging --config-file Pulumi.emergency.yaml");
    }

    [Fact]
    public void Nothing_known_of_the_pulumi_command_refuses_nothing()
    {
        var unknown = new Mock<IPulumiCommandLine>();

        var run = CliRun.Invoke(["compile"], CliRun.EngineVariables("staging", """{"netra:profile":"normal"}"""), unknown.Object);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be(CliRun.Invoke(["emit", "--stack", "staging"]).Stdout);
    }

    [Fact]
    public void A_fix_is_a_command_the_shell_reads_back_as_the_same_arguments()
    {
        var run = CliRun.Invoke(["compile"], CliRun.EngineVariables("staging", """{"netra:profile":"normal"}"""),
            Pulumi(["up", "--stack", "staging", "--message", "it's the relief", "-r=false"]));

        run.ErrorLines.Should().ContainSingle().Which.Should().EndWith("""Run the same command without it: `pulumi up --stack staging --message 'it'\''s the relief'`""");
    }

    [Fact]
    public void Outside_a_pulumi_command_every_answer_is_unknown()
    {
        // The test host has no `pulumi` among its ancestors.
        var pulumi = new ProcessTreePulumiCommandLine();

        pulumi.Verb().Should().BeNull();
        pulumi.Arguments().Should().BeNull();
        pulumi.OperatorExports("PATH").Should().BeNull();
    }

    private static IPulumiCommandLine Pulumi(string command, params string[] exported) =>
        Pulumi(command.Split(' ', StringSplitOptions.RemoveEmptyEntries), exported);

    private static IPulumiCommandLine Pulumi(string[] arguments, params string[] exported)
    {
        var pulumi = new Mock<IPulumiCommandLine>();
        pulumi.Setup(p => p.Verb()).Returns(arguments.FirstOrDefault());
        pulumi.Setup(p => p.Arguments()).Returns(arguments);
        pulumi.Setup(p => p.OperatorExports(It.IsAny<string>())).Returns((string name) => exported.Contains(name));
        return pulumi.Object;
    }
}
