using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// A profile that gives a service less than the steady profile does says why, in the data (`capacityReason`). Less
/// CPU or memory per instance means more instances for the same load, and so more database connections; fewer
/// instances or smaller pools mean less throughput. Under pressure, nobody should take capacity from a service
/// without a reason on record.
/// </summary>
public static class CapacityReasonRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        if (!environment.Profiles.TryGetValue(EnvironmentSpec.SteadyProfile, out var steady))
        {
            return;
        }

        foreach (var profile in environment.Profiles.Values.Where(p => p.Name != steady.Name))
        {
            foreach (var (role, capacity) in profile.Services)
            {
                var path = $"profiles.{profile.Name}.services.{role}";
                if (capacity.CapacityReason is not null
                    || !steady.Services.TryGetValue(role, out var baseline)
                    || context.IsBroken(path)
                    || context.HasErrorsUnder(path)
                    || context.IsBroken($"profiles.{steady.Name}.services.{role}"))
                {
                    continue;
                }

                var less = Less(baseline, capacity);
                if (less.Count > 0)
                {
                    context.Error(DiagnosticCodes.RunCapacityWithoutReason, path,
                        $"{role} gets less than in {steady.Name} ({string.Join(", ", less)}) and capacityReason does not say why; state the reason, or keep {steady.Name}'s capacity");
                }
            }
        }
    }

    private static List<string> Less(ServiceCapacity steady, ServiceCapacity capacity)
    {
        var less = new List<string>();
        void Compare(string field, decimal? before, decimal? after, string beforeText, string afterText)
        {
            if (before is { } b && after is { } a && a < b)
            {
                less.Add($"{field} {beforeText} → {afterText}");
            }
        }

        Compare("cpu", CloudRunLimits.ParseCpu(steady.Cpu), CloudRunLimits.ParseCpu(capacity.Cpu), steady.Cpu, capacity.Cpu);
        Compare("memory", CloudRunLimits.ParseMemoryMib(steady.Memory), CloudRunLimits.ParseMemoryMib(capacity.Memory), steady.Memory, capacity.Memory);
        Compare("minInstances", steady.MinInstances, capacity.MinInstances, $"{steady.MinInstances}", $"{capacity.MinInstances}");
        Compare("maxInstances", steady.MaxInstances, capacity.MaxInstances, $"{steady.MaxInstances}", $"{capacity.MaxInstances}");
        Compare("concurrency", steady.Concurrency, capacity.Concurrency, $"{steady.Concurrency}", $"{capacity.Concurrency}");
        Compare("databasePool", steady.DatabasePool?.PerInstance, capacity.DatabasePool?.PerInstance ?? 0,
            $"{steady.DatabasePool?.Size}+{steady.DatabasePool?.MaxOverflow}", capacity.DatabasePool is { } pool ? $"{pool.Size}+{pool.MaxOverflow}" : "none");
        return less;
    }
}
