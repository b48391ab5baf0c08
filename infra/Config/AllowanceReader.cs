using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `allowances`: the waits of an `up` that no document bounds, each with its length, whether it was
/// measured or inferred, and the command that measures it on the live stack.
/// </summary>
public static class AllowanceReader
{
    public static TimingAllowances Read(YamlMap? map)
    {
        var allowances = new TimingAllowances(
            ReadOne(map, TimingAllowances.EngineKey),
            ReadOne(map, TimingAllowances.RevisionStartKey),
            ReadOne(map, TimingAllowances.ServiceUpdateKey));
        map?.RejectUnknownKeys();
        return allowances;
    }

    private static TimingAllowance ReadOne(YamlMap? section, string key)
    {
        var map = section?.Map(key, required: true);
        if (map is null)
        {
            return new TimingAllowance(key, 0, true, "");
        }

        var seconds = map.Int("seconds", required: true) ?? 0;
        var inferred = map.Bool("inferred", required: true) ?? true;
        var confirm = map.String("confirm", required: true) ?? "";
        map.RejectUnknownKeys();
        if (!TimingLimits.AllowanceSeconds.Contains(seconds))
        {
            map.Diagnostics.Error(DiagnosticCodes.TimingAllowance, map.File, map.KeyPath("seconds"),
                $"{seconds} is out of range {TimingLimits.AllowanceSeconds} (an allowance is a wait inside one `up`; the provider gives up on an operation after {TimingLimits.ProviderOperationSeconds / 60} minutes)");
        }

        return new TimingAllowance(key, seconds, inferred, confirm);
    }
}
