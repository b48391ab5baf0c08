using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>Startup and liveness probe limits (ServiceTemplateContainerStartupProbe / LivenessProbe).</summary>
public static class ProbeRules
{
    public static void Check(ValidationContext context, string path, ProbeSpec probe, bool isStartup)
    {
        var kind = isStartup ? "startup" : "liveness";
        context.InRange(DiagnosticCodes.RunProbe, $"{path}.initialDelaySeconds", probe.InitialDelaySeconds,
            isStartup ? CloudRunLimits.StartupInitialDelaySeconds : CloudRunLimits.LivenessInitialDelaySeconds,
            $"Cloud Run's limit for a {kind} probe");
        context.InRange(DiagnosticCodes.RunProbe, $"{path}.periodSeconds", probe.PeriodSeconds,
            isStartup ? CloudRunLimits.StartupPeriodSeconds : CloudRunLimits.LivenessPeriodSeconds,
            $"Cloud Run's limit for a {kind} probe");
        context.InRange(DiagnosticCodes.RunProbe, $"{path}.timeoutSeconds", probe.TimeoutSeconds, CloudRunLimits.ProbeTimeoutSeconds,
            "Cloud Run's probe timeout");
        context.InRange(DiagnosticCodes.RunProbe, $"{path}.failureThreshold", probe.FailureThreshold, CloudRunLimits.ProbeFailureThreshold,
            "at least one failed probe before the instance is restarted");
        if (probe.TimeoutSeconds >= probe.PeriodSeconds)
        {
            context.Error(DiagnosticCodes.RunProbe, $"{path}.timeoutSeconds",
                $"{probe.TimeoutSeconds} is not below periodSeconds {probe.PeriodSeconds} (\"must be smaller than periodSeconds\"); a {probe.TimeoutSeconds} s timeout needs a period of at least {probe.TimeoutSeconds + 1} s");
        }

        if (isStartup && probe.FailureThreshold * probe.PeriodSeconds > CloudRunLimits.StartupWindowSeconds)
        {
            context.Error(DiagnosticCodes.RunProbe, $"{path}.failureThreshold",
                $"{probe.FailureThreshold} × periodSeconds {probe.PeriodSeconds} = {probe.FailureThreshold * probe.PeriodSeconds} s exceeds Cloud Run's 240 s startup window (https://cloud.google.com/run/docs/configuring/healthchecks); poll less often or allow fewer failures (an initialDelaySeconds would hold back every new revision by as much)");
        }

        if (probe.Kind == ProbeKind.HttpGet && probe.Path is { } httpPath && !httpPath.StartsWith('/'))
        {
            context.Error(DiagnosticCodes.RunProbe, $"{path}.httpGet.path", $"'{httpPath}' must start with /");
        }
    }
}
