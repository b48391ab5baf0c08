using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>
/// Cloud Run (v2 services) limits, from the @pulumi/gcp 9.37.0 descriptions (cloudrunv2/service.d.ts,
/// types/input.d.ts) and Google's pages cited per row.
/// </summary>
public static partial class CloudRunLimits
{
    /// <summary>Whole vCPU counts Cloud Run offers ("The only supported values for CPU are '1', '2', '4', '6' and
    /// '8'", ServiceTemplateContainerResources.limits).</summary>
    public static readonly IReadOnlyList<int> WholeCpus = [1, 2, 4, 6, 8];

    /// <summary>Fractional CPU: 0.08 up to below 1 (https://cloud.google.com/run/docs/configuring/services/cpu).</summary>
    public const decimal MinFractionalCpu = 0.08m;

    /// <summary>Memory per vCPU (https://cloud.google.com/run/docs/configuring/services/cpu, "CPU to memory").</summary>
    public static readonly IReadOnlyDictionary<int, (int MinMib, int MaxMib)> MemoryByWholeCpu = new Dictionary<int, (int, int)>
    {
        [1] = (128, 4 * 1024),
        [2] = (128, 8 * 1024),
        [4] = (2 * 1024, 16 * 1024),
        [6] = (4 * 1024, 24 * 1024),
        [8] = (4 * 1024, 32 * 1024),
    };

    /// <summary>Below 1 vCPU: at most 512 MiB under 0.5 vCPU, at most 1 GiB from 0.5
    /// (https://cloud.google.com/run/docs/configuring/services/cpu).</summary>
    public const int FractionalCpuSmallMaxMib = 512;

    public const int FractionalCpuHalfMaxMib = 1024;

    /// <summary>128 MiB to 32 GiB (https://cloud.google.com/run/docs/configuring/services/memory-limits).</summary>
    public static readonly IntRange MemoryMib = new(128, 32 * 1024, "https://cloud.google.com/run/docs/configuring/services/memory-limits");

    /// <summary>maxInstanceRequestConcurrency: at most 1000 (https://cloud.google.com/run/docs/about-concurrency).</summary>
    public static readonly IntRange Concurrency = new(1, 1000, "https://cloud.google.com/run/docs/about-concurrency");

    /// <summary>Request timeout: at most 3600 s (https://cloud.google.com/run/docs/configuring/request-timeout).</summary>
    public static readonly IntRange TimeoutSeconds = new(1, 3600, "https://cloud.google.com/run/docs/configuring/request-timeout");

    /// <summary>
    /// Instances per service: at least 1 at the top (max 0 is not handled, TPG#19178); 100 is the default
    /// per-service cap, above it a quota increase is needed (https://cloud.google.com/run/docs/configuring/max-instances-limits).
    /// </summary>
    public static readonly IntRange MaxInstances = new(1, 100, "https://cloud.google.com/run/docs/configuring/max-instances-limits; max 0 unhandled, TPG#19178");

    public static readonly IntRange MinInstances = new(0, 100, "https://cloud.google.com/run/docs/configuring/min-instances; at most the 100 instances of maxInstances");

    /// <summary>Startup probes: initial delay and period at most 240 s; failureThreshold × period at most 240 s
    /// (ServiceTemplateContainerStartupProbe; https://cloud.google.com/run/docs/configuring/healthchecks).</summary>
    public static readonly IntRange StartupInitialDelaySeconds = new(0, 240, "@pulumi/gcp 9.37.0 ServiceTemplateContainerStartupProbe.initialDelaySeconds");

    public static readonly IntRange StartupPeriodSeconds = new(1, 240, "@pulumi/gcp 9.37.0 ServiceTemplateContainerStartupProbe.periodSeconds");

    public const int StartupWindowSeconds = 240;

    /// <summary>Liveness probes: initial delay and period at most 3600 s (ServiceTemplateContainerLivenessProbe).</summary>
    public static readonly IntRange LivenessInitialDelaySeconds = new(0, 3600, "@pulumi/gcp 9.37.0 ServiceTemplateContainerLivenessProbe.initialDelaySeconds");

    public static readonly IntRange LivenessPeriodSeconds = new(1, 3600, "@pulumi/gcp 9.37.0 ServiceTemplateContainerLivenessProbe.periodSeconds");

    /// <summary>timeoutSeconds 1..3600 and "must be smaller than periodSeconds" (the period's own description says
    /// "greater or equal"; the strict form is the one both accept).</summary>
    public static readonly IntRange ProbeTimeoutSeconds = new(1, 3600, "@pulumi/gcp 9.37.0 ServiceTemplateContainerStartupProbe.timeoutSeconds");

    /// <summary>failureThreshold: at least one failed probe before a restart; the provider's default is 3.</summary>
    public static readonly IntRange ProbeFailureThreshold = new(1, 100, "our decision: 1 (a restart after one failure) up to 100");

    /// <summary>Which traffic goes into the VPC, in this file's words for the API's ALL_TRAFFIC and PRIVATE_RANGES_ONLY.</summary>
    public static readonly TextChoice Egress = new(["all-traffic", "private-ranges-only"], "@pulumi/gcp 9.37.0 ServiceTemplateVpcAccess.egress (ALL_TRAFFIC, PRIVATE_RANGES_ONLY)");

    public static readonly IntRange ContainerPort = new(1, 65535, "a TCP port (@pulumi/gcp 9.37.0 ServiceTemplateContainerPorts.containerPort)");

    public static readonly TextChoice Ingress = new(
        ["INGRESS_TRAFFIC_ALL", "INGRESS_TRAFFIC_INTERNAL_ONLY", "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"],
        "@pulumi/gcp 9.37.0 cloudrunv2 ServiceArgs.ingress");

    /// <summary>Environment variable names must be C identifiers (ServiceTemplateContainerEnv.name).</summary>
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    public static partial Regex EnvName();

    /// <summary>An environment variable's value: "the maximum allowed length is 32768 characters" (magic-modules
    /// mmv1/products/cloudrunv2/Service.yaml, containers.env.value).</summary>
    public const int EnvValueMaxLength = 32768;

    /// <summary>"a maximum of 1000 environment variables per container"
    /// (https://cloud.google.com/run/docs/configuring/services/environment-variables), secrets included.</summary>
    public const int MaxEnvVars = 1000;

    /// <summary>"The environment variables defined in the container runtime contract are reserved and cannot be set"
    /// (https://cloud.google.com/run/docs/configuring/services/environment-variables, "Reserved names"); a service's
    /// are PORT, K_SERVICE, K_REVISION and K_CONFIGURATION (https://cloud.google.com/run/docs/container-contract#env-vars).</summary>
    public static readonly IReadOnlyList<string> ReservedEnvNames = ["PORT", "K_SERVICE", "K_REVISION", "K_CONFIGURATION"];

    /// <summary>
    /// A container image reference, by the OCI distribution grammar (github.com/distribution/reference, regexp.go):
    /// an optional registry host (with a dot or a port), path components of lowercase letters and digits joined by
    /// `.`, `_`, `__` or dashes, then a tag of at most 128 characters and/or a sha256 digest. Google publishes no
    /// grammar of its own (magic-modules cloudrunv2/Service.yaml containers.image: "URL of the Container image").
    /// </summary>
    [GeneratedRegex(@"^(?:(?<host>[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)/(?=.))?"
        + @"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
        + @"(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$")]
    public static partial Regex ImageReference();

    /// <summary>
    /// The registries Cloud Run pulls from directly: "You can directly use container images stored in Artifact
    /// Registry, or Docker Hub", and public images from GitHub Container Registry; others need an Artifact Registry
    /// remote repository (https://cloud.google.com/run/docs/deploying, "Supported container registries and images").
    /// gcr.io is Container Registry, now served by Artifact Registry. No host means Docker Hub.
    /// </summary>
    public static bool IsPulledDirectly(string host) =>
        host.EndsWith("-docker.pkg.dev", StringComparison.Ordinal) || host is "docker.io" or "index.docker.io" or "ghcr.io"
        || host == "gcr.io" || host.EndsWith(".gcr.io", StringComparison.Ordinal);

    /// <summary>IAM members as bindings take them (cloudrunv2/serviceIamMember.d.ts, "member").</summary>
    [GeneratedRegex("^(allUsers|allAuthenticatedUsers|(user|serviceAccount|group|domain):[^\\s:]+)$")]
    public static partial Regex IamMember();

    /// <summary>Secret Manager secret IDs: letters, digits, `-` and `_`, at most 255
    /// (https://cloud.google.com/secret-manager/docs/reference/rest/v1/projects.secrets/create).</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$")]
    public static partial Regex SecretId();

    /// <summary>Service names: lowercase letters, digits and hyphens, starting with a letter, at most 49
    /// characters (https://cloud.google.com/run/docs/resource-model#services).</summary>
    [GeneratedRegex("^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$")]
    public static partial Regex ServiceName();

    /// <summary>A revision is named `&lt;service&gt;-&lt;suffix&gt;` (e.g. `netra-backend-staging-00749-6tr`),
    /// at most 63 characters (https://cloud.google.com/run/docs/managing/revisions).</summary>
    public const int RevisionNameMaxLength = 63;

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    public static partial Regex RevisionSuffix();

    [GeneratedRegex("^(?<number>[0-9]+)(?<unit>Mi|Gi)$")]
    private static partial Regex MemoryQuantity();

    /// <summary>Parses `512Mi` / `4Gi` into MiB. Other spellings (`4G`, `4096`) are rejected: Kubernetes reads
    /// `G` as 10^9 bytes, which does not line up with Cloud Run's table.</summary>
    public static int? ParseMemoryMib(string text)
    {
        var match = MemoryQuantity().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["number"].Value, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return match.Groups["unit"].Value == "Gi" ? number * 1024 : number;
    }

    /// <summary>Parses `1`, `4` or `0.5` into vCPUs; millicores (`1000m`) are not accepted.</summary>
    public static decimal? ParseCpu(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cpu) ? cpu : null;
}
