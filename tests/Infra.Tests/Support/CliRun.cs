using Moq;
using Netra.Infra.Cli;

namespace Netra.Infra.Tests.Support;

/// <summary>The command line run in-process, with stdout and stderr captured separately.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> ErrorLines => Lines(Stderr).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();

    /// <summary>Started by a `pulumi` command with this verb whose arguments and shell are unknown.</summary>
    public static CliRun Invoke(string[] args, IReadOnlyDictionary<string, string>? environment = null, string? verb = "up", string? workingDirectory = null)
    {
        var pulumi = new Mock<IPulumiCommandLine>();
        pulumi.Setup(p => p.Verb()).Returns(verb);
        return Invoke(args, environment, pulumi.Object, workingDirectory);
    }

    /// <summary>Started by the `pulumi` command <paramref name="pulumi"/> describes.</summary>
    public static CliRun Invoke(string[] args, IReadOnlyDictionary<string, string>? environment, IPulumiCommandLine pulumi, string? workingDirectory = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = environment ?? new Dictionary<string, string>();
        var cli = new NetraCli(stdout, stderr, name => env.GetValueOrDefault(name), pulumi, workingDirectory ?? Repo.Root);
        var exit = cli.Run(args);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The engine's Run call: PULUMI_* set, the profile's configuration as PULUMI_CONFIG.</summary>
    public static CliRun Engine(string stack, string configJson, string? verb = "up", string? root = null) =>
        Invoke(["compile"], EngineVariables(stack, configJson, root), verb);

    /// <summary>The variables the engine sets for its Run call (pulumi-yaml pkg/server/server.go, Run).</summary>
    public static Dictionary<string, string> EngineVariables(string stack, string configJson, string? root = null) => new()
    {
        ["PULUMI_STACK"] = stack,
        ["PULUMI_PROJECT"] = "netra-infra",
        ["PULUMI_ORGANIZATION"] = "organization",
        ["PULUMI_ROOT_DIRECTORY"] = root ?? Repo.Root,
        ["PULUMI_CONFIG"] = configJson,
    };

    public static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
}
