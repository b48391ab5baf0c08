using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>Cloud Run's CPU values and its CPU-to-memory matrix.</summary>
public static class CpuMemoryRules
{
    public static void Check(ValidationContext context, string path, ServiceSpec service, ServiceCapacity capacity)
    {
        var cpu = CloudRunLimits.ParseCpu(capacity.Cpu);
        var memoryMib = CloudRunLimits.ParseMemoryMib(capacity.Memory);
        var wholeCpus = string.Join(", ", CloudRunLimits.WholeCpus);
        if (cpu is null)
        {
            context.Error(DiagnosticCodes.RunCpu, $"{path}.cpu",
                $"'{capacity.Cpu}' is not a CPU count (allowed: {wholeCpus}, or 0.08 to below 1; write vCPUs, not millicores)");
        }
        else if (cpu >= 1
            ? cpu != decimal.Truncate(cpu.Value) || !CloudRunLimits.WholeCpus.Contains((int)cpu)
            : cpu < CloudRunLimits.MinFractionalCpu)
        {
            context.Error(DiagnosticCodes.RunCpu, $"{path}.cpu",
                $"{capacity.Cpu} is not a CPU value Cloud Run offers (allowed: {wholeCpus}, or 0.08 to below 1)");
            cpu = null;
        }

        if (memoryMib is null)
        {
            context.Error(DiagnosticCodes.RunMemory, $"{path}.memory", $"'{capacity.Memory}' is not a memory size such as 512Mi or 4Gi");
        }
        else if (!CloudRunLimits.MemoryMib.Contains(memoryMib.Value))
        {
            context.Error(DiagnosticCodes.RunMemory, $"{path}.memory", $"{capacity.Memory} is out of range 128Mi..32Gi (Cloud Run memory limits)");
            memoryMib = null;
        }

        if (cpu is null || memoryMib is null)
        {
            return;
        }

        if (cpu < 1)
        {
            CheckFractional(context, path, service, capacity, cpu.Value, memoryMib.Value);
            return;
        }

        var (minMib, maxMib) = CloudRunLimits.MemoryByWholeCpu[(int)cpu];
        if (memoryMib < minMib || memoryMib > maxMib)
        {
            context.Error(DiagnosticCodes.RunCpuMemoryCombination, $"{path}.memory",
                $"{capacity.Memory} does not fit {capacity.Cpu} vCPU: Cloud Run allows {Format(minMib)} to {Format(maxMib)} with {capacity.Cpu} vCPU (https://cloud.google.com/run/docs/configuring/services/cpu)");
        }
    }

    private static void CheckFractional(ValidationContext context, string path, ServiceSpec service, ServiceCapacity capacity, decimal cpu, int memoryMib)
    {
        var maxMib = cpu < 0.5m ? CloudRunLimits.FractionalCpuSmallMaxMib : CloudRunLimits.FractionalCpuHalfMaxMib;
        if (memoryMib > maxMib)
        {
            context.Error(DiagnosticCodes.RunCpuMemoryCombination, $"{path}.memory",
                $"{capacity.Memory} needs more CPU than {cpu.ToString(CultureInfo.InvariantCulture)}: Cloud Run allows at most {Format(maxMib)} below {(cpu < 0.5m ? "0.5" : "1")} vCPU");
        }

        if (capacity.Concurrency != 1)
        {
            context.Error(DiagnosticCodes.RunCpuMemoryCombination, $"{path}.concurrency",
                $"{capacity.Concurrency} is not allowed below 1 vCPU: fractional CPU requires concurrency 1");
        }

        if (!service.CpuIdle)
        {
            context.Error(DiagnosticCodes.RunCpuMemoryCombination, $"services.{service.Role}.cpuIdle",
                $"false is not allowed with {cpu.ToString(CultureInfo.InvariantCulture)} vCPU in {path}: fractional CPU requires request-based billing (cpuIdle: true)");
        }
    }

    private static string Format(int mib) => mib % 1024 == 0 ? $"{mib / 1024}Gi" : $"{mib}Mi";
}
