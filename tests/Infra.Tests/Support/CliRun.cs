using Moq;
using Netra.Infra.Cli;

namespace Netra.Infra.Tests.Support;

/// <summary>The command line run in-process, with stdout and stderr captured separately.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> ErrorLines => Lines(Stderr).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();

    public static CliRun Invoke(string[] args, IReadOnlyDictionary<string, string>? environment = null, string? verb = "up", string? workingDirectory = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var pulumi = new Mock<IPulumiCommandLine>();
        pulumi.Setup(p => p.Verb()).Returns(verb);
        var env = environment ?? new Dictionary<string, string>();
        var cli = new NetraCli(stdout, stderr, name => env.GetValueOrDefault(name), pulumi.Object, workingDirectory ?? Repo.Root);
        var exit = cli.Run(args);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The engine's Run call: PULUMI_* set, the profile's configuration as PULUMI_CONFIG.</summary>
    public static CliRun Engine(string stack, string configJson, string? verb = "up", string? root = null) =>
        Invoke(["compile"], new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = stack,
            ["PULUMI_PROJECT"] = "netra-infra",
            ["PULUMI_ORGANIZATION"] = "organization",
            ["PULUMI_ROOT_DIRECTORY"] = root ?? Repo.Root,
            ["PULUMI_CONFIG"] = configJson,
        }, verb);

    public static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
}
