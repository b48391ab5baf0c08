using System.Diagnostics;
using FluentAssertions;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests.Support;

/// <summary>Starts the compiler exactly as the Pulumi engine does (pulumi-yaml pkg/pulumiyaml/run.go, LoadFromCompiler).</summary>
public static class EngineCompiler
{
    /// <summary>Runs Pulumi.yaml's compiler command with only the given PULUMI_* variables (the caller's are removed),
    /// building into <paramref name="buildDirectory"/>.</summary>
    public static CliRun Run(string buildDirectory, IReadOnlyDictionary<string, string> variables)
    {
        var project = new YamlStream();
        project.Load(new StringReader(File.ReadAllText(Repo.Path("Pulumi.yaml"))));
        var compiler = ((YamlScalarNode)((YamlMappingNode)project.Documents[0].RootNode)["runtime"]["options"]["compiler"]).Value!;
        var argv = compiler.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Like Go's exec.Cmd: a relative program path is relative to the working directory (the project folder).
        var start = new ProcessStartInfo(Path.Combine(Repo.Root, argv[0]))
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in argv.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PULUMI_", StringComparison.Ordinal) || k.StartsWith("NETRA_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NETRA_BUILD_DIR"] = buildDirectory;
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue("the compiler must finish");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
