using Xunit;

namespace Netra.Infra.Tests.Support;

/// <summary>
/// One real build of the program for every test that starts it as a process: bin/netra-infra's first run, as the
/// engine makes it after a clone (it compiles the program ahead of time, about 35 s on 2 cores), into the repository's
/// own `.build/tests` (ignored by git). A later test run reuses that build when, and only when, bin/netra-infra's
/// fingerprint of the sources says it is current (BuildCheckTests prove a changed, added or deleted source rebuilds),
/// so a second run of the suite skips the 35 s; a fresh clone, as CI's, builds. The first run's result is kept for the
/// test that checks it; the others reuse what it built.
/// </summary>
public sealed class BuiltProgram : IDisposable
{
    public string BuildDirectory { get; } = Repo.Path(".build", "tests");

    public CliRun FirstRun { get; }

    public BuiltProgram() => FirstRun = EngineCompiler.Run(BuildDirectory, new Dictionary<string, string>
    {
        ["PULUMI_STACK"] = "staging",
        ["PULUMI_PROJECT"] = "netra-infra",
        ["PULUMI_ROOT_DIRECTORY"] = Repo.Root,
        ["PULUMI_CONFIG"] = """{"netra:profile":"normal"}""",
    });

    /// <summary>Kept for the next run: bin/netra-infra rebuilds it when the sources change.</summary>
    public void Dispose()
    {
    }
}

/// <summary>The tests that start the built program, or bin/netra-infra, as processes: one at a time, one build.</summary>
[CollectionDefinition(nameof(ProgramProcesses), DisableParallelization = true)]
public sealed class ProgramProcesses : ICollectionFixture<BuiltProgram>;
