using System.Text.RegularExpressions;
using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The refusals of an operator's `pulumi` command (NETRA107, NETRA108) through real processes: a shell runs the
/// `pulumi` stand-in from PATH, which starts bin/netra-infra compile as its child with the engine's variables before
/// its own environment (pulumi-yaml pkg/pulumiyaml/run.go), so the compiler reads a real /proc/&lt;pid&gt;/cmdline and
/// environ of an ancestor named `pulumi`.
/// </summary>
[Collection(nameof(ProgramProcesses))]
public class PulumiAncestorTests(BuiltProgram program)
{
    [Fact]
    public void A_step_from_a_clean_shell_compiles_both_of_the_engines_calls()
    {
        var run = OperatorShell.Run(program.BuildDirectory, "pulumi preview --stack staging --config-file Pulumi.emergency.yaml");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be(CliRun.Invoke(["compile"], new Dictionary<string, string>()).Stdout + CliRun.Invoke(["emit", "--stack", "staging", "--profile", "emergency"]).Stdout,
            "discovery lists the providers, then the run compiles the profile --config-file selects");
    }

    [Fact]
    public void An_exported_PULUMI_CONFIG_is_refused_at_the_first_call_and_its_value_never_printed()
    {
        var run = OperatorShell.Run(program.BuildDirectory, """
            export PULUMI_CONFIG='{"netra:profile":"normal","netra:note":"s3cret-value"}'
            pulumi up --stack staging --config-file Pulumi.emergency.yaml
            """);

        run.ExitCode.Should().NotBe(0);
        run.Stdout.Should().BeEmpty("the discovery call already refuses, before printing anything");
        run.Stderr.Should().StartWith("error: error running compiler bin/netra-infra compile: exit status 1, stderr follows: ")
            .And.Contain("environment: error NETRA107: PULUMI_CONFIG: is exported in the shell that ran `pulumi up --stack staging --config-file Pulumi.emergency.yaml`")
            .And.Contain("Run `unset PULUMI_CONFIG`, then the command again")
            .And.NotContain("s3cret-value");
    }

    [Fact]
    public void An_exported_PULUMI_STACK_and_refresh_turned_off_are_refused_together()
    {
        var run = OperatorShell.Run(program.BuildDirectory, "export PULUMI_STACK=staging; pulumi up -r=false --stack staging");

        run.ExitCode.Should().NotBe(0);
        run.Stdout.Should().BeEmpty();
        CliRun.Lines(run.Stderr).Select(l => Regex.Match(l, @"error (NETRA\d{3}): ([^:]+):")).Where(m => m.Success).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")
            .Should().Equal("NETRA107 PULUMI_STACK", "NETRA108 -r=false");
        run.Stderr.Should().Contain("Run the same command without it: `pulumi up --stack staging`");
    }

    [Fact]
    public void The_verb_is_read_from_the_real_pulumi_process()
    {
        var run = OperatorShell.Run(program.BuildDirectory, "pulumi preview --stack emergency");

        run.ExitCode.Should().NotBe(0);
        run.Stderr.Should().Contain("stack emergency: error NETRA100: 'emergency' is a capacity profile of staging")
            .And.Contain("Run instead: pulumi preview --stack staging --config-file Pulumi.emergency.yaml");
    }
}
