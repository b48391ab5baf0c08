using Netra.Infra.Diagnostics;

namespace Netra.Infra.Cli;

/// <summary>
/// Refuses a compile whose `pulumi` command would not do what it says, before anything is printed: an engine variable
/// exported in the operator's shell (NETRA107), or a command line that turns off the refresh Pulumi.yaml asks for
/// (NETRA108). Both are silent otherwise: the compile succeeds and its stderr is discarded.
/// </summary>
public static class PulumiInvocationGuard
{
    public const string EnvironmentSource = "environment";
    public const string CommandLineSource = "command line";

    /// <param name="environments">The repository's environments, to name the stack in the fix.</param>
    public static bool Check(IPulumiCommandLine pulumi, IReadOnlyList<string> environments, DiagnosticBag diagnostics)
    {
        var stack = environments is [var only] ? only : "<environment>";
        var arguments = pulumi.Arguments();
        var command = arguments is null ? $"pulumi {pulumi.Verb() ?? "up"} --stack {stack} …" : "pulumi " + ShellWords.Join(arguments);
        var ran = $"`{command}`";
        var refused = false;

        // pulumi-yaml pkg/pulumiyaml/run.go, LoadFromCompiler: `cmd.Env = append(env, os.Environ()...)` puts the engine's
        // variables first and the shell's after, and Go's exec keeps the last duplicate; the warning it builds for this
        // is never shown. The values are not looked at: PULUMI_CONFIG may hold decrypted secrets.
        const string Order = "the engine passes the shell's variables after its own and the last one wins (pulumi-yaml pkg/pulumiyaml/run.go, LoadFromCompiler)";
        if (pulumi.OperatorExports("PULUMI_CONFIG") == true)
        {
            refused = true;
            diagnostics.Error(DiagnosticCodes.ExportedEngineVariable, EnvironmentSource, "PULUMI_CONFIG",
                $"is exported in the shell that ran {ran}, and {Order}: this run would compile the configuration in that variable, whatever the stack's file or --config-file says. " +
                $"Run `unset PULUMI_CONFIG`, then the command again; to run a profile's step: `bin/netra-infra switch --stack {stack} --to <profile>`");
        }

        if (pulumi.OperatorExports("PULUMI_STACK") == true)
        {
            refused = true;
            diagnostics.Error(DiagnosticCodes.ExportedEngineVariable, EnvironmentSource, "PULUMI_STACK",
                $"is exported in the shell that ran {ran}, and {Order}: every compile of this run would see that stack instead of the one pulumi selected, even the plugin discovery the engine runs with no stack, which must list the providers. " +
                $"Run `unset PULUMI_STACK`, then the command again (choose the stack with `--stack {stack}`); to run a profile's step: `bin/netra-infra switch --stack {stack} --to <profile>`");
        }

        if (arguments is not null && RefreshFlag.TurnedOffBy(arguments) is { } flag)
        {
            refused = true;
            diagnostics.Error(DiagnosticCodes.RefreshTurnedOff, CommandLineSource, flag,
                "turns off the refresh Pulumi.yaml asks for (`options: refresh: always`; an explicit --refresh wins, pulumi/pulumi pkg/cmd/pulumi/operations/io.go, getRefreshOption): " +
                "without it, state still holds the image recorded at the last up, and any update of a service's template rolls the service back to that image. " +
                $"Run the same command without it: `pulumi {ShellWords.Join(RefreshFlag.Without(arguments))}`");
        }

        return !refused;
    }
}
