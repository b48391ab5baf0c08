using System.Diagnostics;

namespace Netra.Infra.Tests.Support;

/// <summary>Runs a program to its end (at most 5 minutes) and returns its exit code and output (stdout, then stderr).</summary>
public static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string program, string directory, params string[] args) =>
        Run(program, directory, new Dictionary<string, string>(), args);

    /// <summary>As <see cref="Run(string, string, string[])"/>, with these environment variables set for the program.</summary>
    public static (int ExitCode, string Output) Run(string program, string directory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
