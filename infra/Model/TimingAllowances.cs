namespace Netra.Infra.Model;

/// <summary>
/// The waits of an `up` that neither Google nor the provider bounds, as allowances the plan counts.
/// <see cref="Engine"/>: Pulumi's own work before the first change (refreshes, preview). <see cref="RevisionStart"/>:
/// Cloud Run placing a new revision's instance and starting its container, before the startup probe's first poll.
/// <see cref="ServiceUpdate"/>: a Cloud Run service update that starts no revision (traffic, service-level scaling).
/// <see cref="StateLock"/>: taking the state backend's lock for the update. The rest are the cold path, counted only
/// where they happen: <see cref="PluginInstall"/>, Pulumi installing provider plugins the machine lacks, and
/// <see cref="Build"/>, building this program after a pull changed its sources. The break-glass workflow's own:
/// <see cref="RunnerStart"/>, from the dispatch to the job's first step (queue and boot of a GitHub-hosted runner), and
/// <see cref="RunnerSetup"/>, its steps before the switch (checkout, SDK, Pulumi CLI, caches, locked restore).
/// </summary>
public sealed record TimingAllowances(
    TimingAllowance Engine,
    TimingAllowance RevisionStart,
    TimingAllowance ServiceUpdate,
    TimingAllowance StateLock,
    TimingAllowance PluginInstall,
    TimingAllowance Build,
    TimingAllowance RunnerStart,
    TimingAllowance RunnerSetup)
{
    public const string EngineKey = "engine";
    public const string RevisionStartKey = "revisionStart";
    public const string ServiceUpdateKey = "serviceUpdate";
    public const string StateLockKey = "stateLock";
    public const string PluginInstallKey = "pluginInstall";
    public const string BuildKey = "build";
    public const string RunnerStartKey = "runnerStart";
    public const string RunnerSetupKey = "runnerSetup";

    public IEnumerable<TimingAllowance> All => [Engine, RevisionStart, ServiceUpdate, StateLock, PluginInstall, Build, RunnerStart, RunnerSetup];
}
