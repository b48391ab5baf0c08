using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>What a service's container reaches Cloud Run with: its image and its environment.</summary>
public static class CloudRunContainerRules
{
    public static void Check(ValidationContext context, string path, ServiceSpec service)
    {
        CheckImage(context, $"{path}.bootstrapImage", service.BootstrapImage);

        foreach (var name in service.Env.Keys.Concat(service.SecretEnv.Keys).Where(CloudRunLimits.ReservedEnvNames.Contains))
        {
            context.Error(DiagnosticCodes.RunEnvironment, $"{path}.env.{name}",
                $"'{name}' is reserved: Cloud Run sets it in every container and refuses it in a service (https://cloud.google.com/run/docs/container-contract#env-vars)");
        }

        foreach (var (name, value) in service.Env.Where(e => e.Value.Length > CloudRunLimits.EnvValueMaxLength))
        {
            context.Error(DiagnosticCodes.RunEnvironment, $"{path}.env.{name}",
                $"{value.Length:N0} characters; a variable's value is at most {CloudRunLimits.EnvValueMaxLength:N0} (Cloud Run v2 containers.env.value): put a larger value in a secret");
        }

        var count = service.Env.Count + service.SecretEnv.Count + DatabasePoolEnvironment.Names.Count;
        if (count > CloudRunLimits.MaxEnvVars)
        {
            context.Error(DiagnosticCodes.RunEnvironment, $"{path}.env",
                $"{count:N0} variables with secretEnv and the pool's; Cloud Run allows at most {CloudRunLimits.MaxEnvVars:N0} per container (https://cloud.google.com/run/docs/configuring/services/environment-variables)");
        }
    }

    private static void CheckImage(ValidationContext context, string path, string image)
    {
        var reference = CloudRunLimits.ImageReference().Match(image);
        if (!reference.Success)
        {
            context.Error(DiagnosticCodes.RunImage, path,
                $"'{image}' is not a container image reference (registry/path/name, then :tag and/or @sha256:digest; lowercase path; OCI distribution grammar)");
            return;
        }

        var host = reference.Groups["host"].Value;
        if (host.Length > 0 && (host.Contains('.') || host.Contains(':') || host == "localhost") && !CloudRunLimits.IsPulledDirectly(host))
        {
            context.Error(DiagnosticCodes.RunImage, path,
                $"'{host}' is not a registry Cloud Run pulls from: use Artifact Registry (LOCATION-docker.pkg.dev/…), Docker Hub or GitHub Container Registry, or an Artifact Registry remote repository in front of it (https://cloud.google.com/run/docs/deploying)");
        }
    }
}
