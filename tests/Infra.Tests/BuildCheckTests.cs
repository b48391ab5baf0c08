using System.Diagnostics;
using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// bin/netra-infra's build check, in a copy of the project, with a stand-in for `dotnet publish` (NETRA_BUILD_COMMAND)
/// that records each build and makes a program printing which build it is. So the check itself is observed: it notices
/// a deleted source, never runs a program older than the sources, and makes concurrent first runs share one build.
/// </summary>
[Collection(nameof(ProgramProcesses))]
public sealed class BuildCheckTests : IDisposable
{
    private readonly ProjectCopy _project = new("netra-build-check-");

    private string Root => _project.Root;

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public BuildCheckTests()
    {
        // The stand-in: counts builds in builds.log, fails when told to, and writes a program that prints its number.
        File.WriteAllText(Path.Combine(Root, "fake-dotnet"), """
            #!/usr/bin/env bash
            set -euo pipefail
            here="$(dirname "$0")"
            [ -f "$here/fail-next-build" ] && { echo "error CS0246: the build failed" >&2; exit 1; }
            out=""; while [ $# -gt 0 ]; do [ "$1" == "-o" ] && out="$2"; shift; done
            echo built >> "$here/builds.log"
            n=$(wc -l < "$here/builds.log")
            sleep 1
            printf '#!/usr/bin/env bash\necho "program %s"\n' "$n" > "$out/netra-infra"
            chmod +x "$out/netra-infra"
            """.Replace("\r", "", StringComparison.Ordinal));
        Chmod(Path.Combine(Root, "fake-dotnet"));
    }

    [Fact]
    public void A_deleted_source_is_noticed_and_the_old_program_never_runs_again()
    {
        Run().Stdout.Should().Be("program 1\n");
        Run().Stdout.Should().Be("program 1\n", "nothing changed, so nothing is built");

        File.Delete(Path.Combine(Root, "infra", "Plan", "ServiceChanges.cs"));
        File.WriteAllText(Path.Combine(Root, "fail-next-build"), "");
        var failed = Run();

        failed.ExitCode.Should().NotBe(0);
        failed.Stdout.Should().BeEmpty("the program built from the old sources must not run");
        failed.Stderr.Should().Contain("netra-infra: building").And.Contain("error CS0246");

        File.Delete(Path.Combine(Root, "fail-next-build"));
        Run().Stdout.Should().Be("program 2\n", "after a failed build, the next run builds again instead of trusting the old program");
    }

    [Fact]
    public void A_new_source_or_a_changed_project_file_is_noticed()
    {
        Run().Stdout.Should().Be("program 1\n");
        File.WriteAllText(Path.Combine(Root, "infra", "Added.cs"), "namespace Netra.Infra;\n");
        Run().Stdout.Should().Be("program 2\n");
        File.AppendAllText(Path.Combine(Root, "infra", "Infra.csproj"), "\n");
        Run().Stdout.Should().Be("program 3\n");
    }

    [Fact]
    public async Task Concurrent_first_runs_share_one_build()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Run)));

        runs.Select(r => r.Stdout).Should().OnlyContain(o => o == "program 1\n");
        File.ReadAllLines(Path.Combine(Root, "builds.log")).Should().ContainSingle();
    }

    public void Dispose() => _project.Dispose();

    private CliRun Run()
    {
        var start = new ProcessStartInfo(Path.Combine(Root, "bin", "netra-infra"))
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("compile");
        start.Environment["NETRA_BUILD_COMMAND"] = Path.Combine(Root, "fake-dotnet");
        start.Environment["NETRA_BUILD_DIR"] = Path.Combine(Root, "build");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue("the build check must finish");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    // bin/netra-infra is a bash script: these tests run where it does (Linux and macOS).
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Chmod(string path) =>
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
}
