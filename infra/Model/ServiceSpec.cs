namespace Netra.Infra.Model;

/// <summary>
/// A Cloud Run service's fixed facts. The image is not here on purpose: the application's deploy pipeline owns
/// it; <see cref="BootstrapImage"/> is only what a service created from scratch by this program starts with.
/// <see cref="Ingress"/> and <see cref="Invokers"/> say who can reach it: they never change between profiles.
/// <see cref="ServiceAccount"/> is the account this program gives it once identities are ours; <see cref="RunsAs"/> the
/// one it runs as until then (<see cref="DefaultComputeAccount"/>, or an email), which the program leaves as it is.
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
    ProbeSpec? LivenessProbe,
    string RunsAs = ServiceSpec.DefaultComputeAccount)
{
    /// <summary>The project's Compute Engine default service account, what Cloud Run runs a service as when none is given
    /// (https://cloud.google.com/run/docs/securing/service-identity).</summary>
    public const string DefaultComputeAccount = "default-compute";

    public bool RunsAsDefaultComputeAccount => RunsAs == DefaultComputeAccount || RunsAs.EndsWith("-compute@developer.gserviceaccount.com", StringComparison.Ordinal);
}
