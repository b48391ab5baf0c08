using System.Diagnostics;
using FluentAssertions;

namespace Netra.Infra.Tests.Support;

/// <summary>
/// An operator's shell in the project folder with the `pulumi` stand-in (tests/Infra.Tests/StandIns/pulumi) first on
/// PATH: a script of shell commands, run by bash, whose `pulumi` starts the compiler the way the CLI does.
/// </summary>
public static class OperatorShell
{
    public static string StandIns { get; } = Repo.Path("tests", "Infra.Tests", "StandIns");

    /// <summary>Runs <paramref name="script"/> with none of the caller's PULUMI_* or NETRA_* variables, the compiler built
    /// into <paramref name="buildDirectory"/>.</summary>
    public static CliRun Run(string buildDirectory, string script)
    {
        var start = new ProcessStartInfo("/bin/bash") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PULUMI_", StringComparison.Ordinal) || k.StartsWith("NETRA_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["PATH"] = StandIns + Path.PathSeparator + start.Environment["PATH"];
        start.Environment["NETRA_BUILD_DIR"] = buildDirectory;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue("the shell must finish");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
