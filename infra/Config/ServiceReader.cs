using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads the `services` section of an environment file: each service's fixed facts.</summary>
public static class ServiceReader
{
    public static IReadOnlyDictionary<string, ServiceSpec> ReadAll(YamlMap? section, HashSet<string> broken)
    {
        var result = new Dictionary<string, ServiceSpec>(StringComparer.Ordinal);
        if (section is null)
        {
            return result;
        }

        foreach (var (role, map) in section.MapEntries())
        {
            var before = map.FindingCount;
            var startup = ReadProbe(map.Map("startupProbe", required: true), isStartup: true);
            var spec = new ServiceSpec(
                role,
                map.String("name", required: true) ?? "",
                map.String("serviceAccount", required: true) ?? "",
                map.String("bootstrapImage", required: true) ?? "",
                map.Int("port", required: true, CloudRunLimits.ContainerPort) ?? 0,
                map.String("ingress", required: true, CloudRunLimits.Ingress) ?? "",
                ReadInvokers(map),
                map.Bool("cpuIdle", required: true) ?? true,
                map.Bool("startupCpuBoost") ?? false,
                ReadScalarMap(map.Map("env")),
                ReadSecretEnv(map),
                startup ?? new ProbeSpec(ProbeKind.TcpSocket, null, 0, 0, 0, 0),
                ReadProbe(map.Map("livenessProbe"), isStartup: false),
                map.String("runsAs", required: true) ?? ServiceSpec.DefaultComputeAccount);
            foreach (var capacityKey in new[] { "cpu", "memory", "minInstances", "maxInstances", "concurrency", "timeoutSeconds", "connector", "egress", "traffic" })
            {
                map.Misplaced(capacityKey, $"capacity belongs to a profile: profiles.<profile>.services.{role}.{capacityKey}");
            }

            map.Misplaced("image", "the application's deploy pipeline owns the image; this program only sets bootstrapImage, used when it creates the service (see docs/ownership-and-secrets.md)");
            map.RejectUnknownKeys();
            map.MarkBrokenSince(before, broken);

            result[role] = spec;
        }

        return result;
    }

    /// <summary>`invokers: public`, or `invokers: [member, …]` (IAM member strings granted roles/run.invoker).</summary>
    private static InvokerAccess ReadInvokers(YamlMap map)
    {
        if (map.Node.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("invokers"), out var node) && node is YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            return new InvokerAccess(false, map.StringList("invokers") ?? []);
        }

        var text = map.String("invokers", required: true);
        if (text is not null && text != InvokerAccess.PublicKeyword)
        {
            map.Diagnostics.Error(DiagnosticCodes.RunAccess, map.File, map.KeyPath("invokers"),
                $"'{text}' is not an invoker setting: `public` (anyone; the invoker IAM check is off) or a list of IAM members granted roles/run.invoker (e.g. [serviceAccount:…, group:…])");
        }

        return new InvokerAccess(text == InvokerAccess.PublicKeyword, []);
    }

    private static IReadOnlyDictionary<string, string> ReadScalarMap(YamlMap? map)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (map is not null)
        {
            foreach (var (key, value) in map.ScalarEntries())
            {
                values[key] = value;
            }
        }

        return values;
    }

    /// <summary>`secretEnv: [{env: DATABASE_URL, secret: database-url}]`: which variable reads which secret.</summary>
    private static IReadOnlyDictionary<string, string> ReadSecretEnv(YamlMap map)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in map.MapList("secretEnv") ?? [])
        {
            var env = entry.String("env", required: true);
            var secret = entry.String("secret", required: true);
            entry.Misplaced("value", "secret values never live in this repository: the variable reads them from Secret Manager");
            entry.RejectUnknownKeys();
            if (env is null || secret is null)
            {
                continue;
            }

            if (!values.TryAdd(env, secret))
            {
                entry.Diagnostics.Error(DiagnosticCodes.RunEnvironment, entry.File, entry.KeyPath("env"), $"'{env}' is listed twice");
            }
        }

        return values;
    }

    private static ProbeSpec? ReadProbe(YamlMap? map, bool isStartup)
    {
        if (map is null)
        {
            return null;
        }

        var http = map.Map("httpGet");
        var tcp = map.Has("tcpSocket");
        var path = http?.String("path", required: true);
        http?.RejectUnknownKeys();
        if ((http is null) == !tcp)
        {
            map.Diagnostics.Error(DiagnosticCodes.RunProbe, map.File, map.Path,
                "exactly one of httpGet or tcpSocket must be set (ServiceTemplateContainerStartupProbe: \"Exactly one of HTTPGet or TCPSocket must be specified\")");
        }

        var probe = new ProbeSpec(
            http is not null ? ProbeKind.HttpGet : ProbeKind.TcpSocket,
            path,
            map.Int("initialDelaySeconds", required: true, isStartup ? CloudRunLimits.StartupInitialDelaySeconds : CloudRunLimits.LivenessInitialDelaySeconds) ?? 0,
            map.Int("periodSeconds", required: true, isStartup ? CloudRunLimits.StartupPeriodSeconds : CloudRunLimits.LivenessPeriodSeconds) ?? 0,
            map.Int("timeoutSeconds", required: true, CloudRunLimits.ProbeTimeoutSeconds) ?? 0,
            map.Int("failureThreshold", required: true, CloudRunLimits.ProbeFailureThreshold) ?? 0);
        map.RejectUnknownKeys();
        return probe;
    }
}
