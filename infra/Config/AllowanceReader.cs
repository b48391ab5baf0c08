using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `allowances`: the waits of an `up` that no document bounds, in seconds. Whether one is still inferred, and
/// the command that measures it, is its marker in `inferred` (allowances.&lt;name&gt;).
/// </summary>
public static class AllowanceReader
{
    public static TimingAllowances Read(YamlMap? map, IReadOnlyList<InferredFact> inferred)
    {
        var allowances = new TimingAllowances(
            ReadOne(map, TimingAllowances.EngineKey, inferred),
            ReadOne(map, TimingAllowances.RevisionStartKey, inferred),
            ReadOne(map, TimingAllowances.ServiceUpdateKey, inferred),
            ReadOne(map, TimingAllowances.StateLockKey, inferred),
            ReadOne(map, TimingAllowances.PluginInstallKey, inferred),
            ReadOne(map, TimingAllowances.BuildKey, inferred),
            ReadOne(map, TimingAllowances.RunnerStartKey, inferred),
            ReadOne(map, TimingAllowances.RunnerSetupKey, inferred));
        map?.RejectUnknownKeys();
        return allowances;
    }

    private static TimingAllowance ReadOne(YamlMap? section, string key, IReadOnlyList<InferredFact> inferred)
    {
        var seconds = section?.Int(key, required: true, TimingLimits.AllowanceSeconds) ?? 0;
        if (section is not null && !TimingLimits.AllowanceSeconds.Contains(seconds))
        {
            section.Diagnostics.Error(DiagnosticCodes.TimingAllowance, section.File, section.KeyPath(key),
                $"{seconds} is out of range {TimingLimits.AllowanceSeconds} (an allowance is a wait inside one `up`; the provider gives up on an operation after {TimingLimits.ProviderOperationSeconds / 60} minutes)");
        }

        var marker = inferred.FirstOrDefault(f => f.Covers($"allowances.{key}"));
        return new TimingAllowance(key, seconds, marker is not null, marker?.Confirm ?? "");
    }
}
