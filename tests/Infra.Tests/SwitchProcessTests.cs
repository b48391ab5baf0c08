using FluentAssertions;
using Netra.Infra.Switch;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// `switch` as a process of its own, in a shell that exported what an operator's shell may hold: the engine's
/// variables (which the yaml host would let win over the engine's, pulumi-yaml pkg/pulumiyaml/run.go) and a rollback
/// revision left from an earlier step. None of them may reach pulumi.
/// </summary>
[Collection(nameof(ProgramProcesses))]
public class SwitchProcessTests(BuiltProgram program)
{
    [Fact]
    public void An_exported_PULUMI_CONFIG_PULUMI_STACK_or_leftover_revision_never_reaches_pulumi()
    {
        using var stage = SwitchStage.NormalToEmergency();
        var environment = stage.Environment;
        environment["PULUMI_CONFIG"] = """{"netra:profile":"rollback"}""";
        environment["PULUMI_STACK"] = "emergency";
        environment["NETRA_ROLLBACK_REVISIONS"] = "netra-backend-staging-00749-6tr";

        var (exit, output) = ProcessRunner.Run(Path.Combine(program.BuildDirectory, "netra-infra"), Repo.Root, environment,
            "switch", "--stack", "staging", "--to", "emergency", "--yes");

        exit.Should().Be(SwitchExitCodes.Done, output);
        var env = CliRun.Lines(stage.Calls).Where(l => l.StartsWith("env ", StringComparison.Ordinal)).ToList();
        env.Should().HaveCountGreaterThanOrEqualTo(4).And.OnlyContain(l => l == "env PULUMI_CONFIG= PULUMI_STACK= NETRA_ROLLBACK_REVISIONS=");
    }
}
