using System.Collections.Concurrent;
using Netra.Infra.Plan;

namespace Netra.Infra.Tests.Support;

/// <summary>
/// Every text output of the real staging environment: each profile's summary and inventory, each runbook step and the
/// switches `plan --all` shows, each one-time step, `plan --all`, the terminal runbook and the help of every command.
/// Each is run once per width and shared by the tests that read their layout.
/// </summary>
public static class TextOutputs
{
    public static readonly int[] Widths = [60, 80, 120];

    public static IReadOnlyList<string> Commands { get; } = Build();

    public static IEnumerable<object[]> Cases() => Commands.Select(c => new object[] { c });

    public static IEnumerable<object[]> Inventories() => Commands.Where(c => c.EndsWith(" --inventory", StringComparison.Ordinal)).Select(c => new object[] { c });

    /// <summary>The plans of a switch or a step, alone or in `--all`: the outputs that list each resource's changes.</summary>
    public static IEnumerable<object[]> Plans() =>
        Commands.Where(c => c.Contains(" --to ", StringComparison.Ordinal) || c.Contains(" --step ", StringComparison.Ordinal) || c.EndsWith(" --all", StringComparison.Ordinal)).Select(c => new object[] { c });

    private static readonly ConcurrentDictionary<(string, int), Lazy<string>> Outputs = new();

    /// <summary>The output of <paramref name="command"/> (words after `bin/netra-infra`) at COLUMNS=<paramref name="width"/>.</summary>
    public static string Of(string command, int width) =>
        Outputs.GetOrAdd((command, width), key => new Lazy<string>(() =>
        {
            var run = CliRun.Invoke(key.Item1.Split(' '), new Dictionary<string, string> { ["COLUMNS"] = key.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return run.ExitCode == 0 ? run.Stdout : throw new InvalidOperationException($"{key.Item1}: exit {run.ExitCode}: {run.Stderr}");
        })).Value;

    private static List<string> Build()
    {
        var environment = Programs.StagingEnvironment();
        var commands = new List<string>();
        foreach (var profile in environment.Profiles.Keys)
        {
            commands.Add($"plan --stack staging --profile {profile}");
            commands.Add($"plan --stack staging --profile {profile} --inventory");
        }

        foreach (var (from, to) in environment.Transitions.Select(t => (t.From, t.To)).Concat(PlanOverview.Switches(environment)).Distinct())
        {
            commands.Add($"plan --stack staging --from {from} --to {to}");
        }

        commands.AddRange(environment.OneTimeSteps.Select(s => $"plan --stack staging --step {s.Name}"));
        commands.Add("plan --stack staging --all");
        commands.Add("runbook --stack staging --format text");
        commands.Add("help");
        commands.AddRange(new[] { "compile", "emit", "inventory", "plan", "runbook", "adopt", "switch", "secrets-config", "schema" }.Select(c => $"help {c}"));
        return commands;
    }
}
