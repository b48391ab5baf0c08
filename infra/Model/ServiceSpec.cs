namespace Netra.Infra.Model;

/// <summary>
/// A Cloud Run service's fixed facts. The image is not here on purpose: the application's deploy pipeline owns
/// it; <see cref="BootstrapImage"/> is only what a service created from scratch by this program starts with.
/// <see cref="Ingress"/> and <see cref="Invokers"/> say who can reach it: they never change between profiles.
/// </summary>
public sealed record ServiceSpec(
    string Role,
    string Name,
    string ServiceAccount,
    string BootstrapImage,
    int Port,
    string Ingress,
    InvokerAccess Invokers,
    bool CpuIdle,
    bool StartupCpuBoost,
    IReadOnlyDictionary<string, string> Env,
    IReadOnlyDictionary<string, string> SecretEnv,
    ProbeSpec StartupProbe,
    ProbeSpec? LivenessProbe);
