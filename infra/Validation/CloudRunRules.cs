using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>Cloud Run service rules: names, environment, probes, and each profile's capacity.</summary>
public static class CloudRunRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var (role, service) in context.Environment.Services)
        {
            var path = $"services.{role}";
            if (!context.IsBroken(path))
            {
                CheckService(context, path, service);
            }
        }

        foreach (var profile in context.Environment.Profiles.Values)
        {
            foreach (var role in context.Environment.Services.Keys.Where(r => !profile.Services.ContainsKey(r)))
            {
                context.Error(DiagnosticCodes.MissingKey, $"profiles.{profile.Name}.services.{role}",
                    "every service needs capacity in every profile (a service left out would be deleted by this profile)");
            }

            foreach (var (role, capacity) in profile.Services)
            {
                var path = $"profiles.{profile.Name}.services.{role}";
                if (!context.Environment.Services.TryGetValue(role, out var service))
                {
                    context.Error(DiagnosticCodes.UnknownReference, path,
                        $"no service '{role}' in services (declared: {string.Join(", ", context.Environment.Services.Keys)})");
                }
                else if (!context.IsBroken(path))
                {
                    CheckCapacity(context, path, profile, service, capacity);
                    TrafficRules.Check(context, $"{path}.traffic", service, capacity.Traffic);
                }
            }
        }
    }

    private static void CheckService(ValidationContext context, string path, ServiceSpec service)
    {
        if (!CloudRunLimits.ServiceName().IsMatch(service.Name))
        {
            context.Error(DiagnosticCodes.RunNaming, $"{path}.name",
                $"'{service.Name}' is not a Cloud Run service name (lowercase letters, digits and hyphens, a letter first, at most 49 characters)");
        }

        context.InRange(DiagnosticCodes.RunNaming, $"{path}.port", service.Port, CloudRunLimits.ContainerPort, "a TCP port");
        if (!CloudRunLimits.Ingress.Contains(service.Ingress))
        {
            context.Error(DiagnosticCodes.RunNaming, $"{path}.ingress",
                $"'{service.Ingress}' is not an ingress setting (allowed: {string.Join(", ", CloudRunLimits.Ingress)})");
        }

        foreach (var name in service.Env.Keys.Concat(service.SecretEnv.Keys).Where(n => !CloudRunLimits.EnvName().IsMatch(n)))
        {
            context.Error(DiagnosticCodes.RunEnvironment, $"{path}.env.{name}", $"'{name}' is not a valid environment variable name (a C identifier)");
        }

        CloudRunContainerRules.Check(context, path, service);
        foreach (var name in service.Env.Keys.Intersect(service.SecretEnv.Keys))
        {
            context.Error(DiagnosticCodes.RunEnvironment, $"{path}.secretEnv.{name}", $"'{name}' is also in env: a variable has one source");
        }

        foreach (var name in service.Env.Keys.Where(DatabasePoolEnvironment.Names.Contains))
        {
            context.Error(DiagnosticCodes.RunEnvironment, $"{path}.env.{name}",
                $"'{name}' is set from the profile's databasePool, so that the connection budget is checked against what is deployed");
        }

        foreach (var (name, secret) in service.SecretEnv)
        {
            if (!CloudRunLimits.SecretId().IsMatch(secret))
            {
                context.Error(DiagnosticCodes.RunEnvironment, $"{path}.secretEnv.{name}", $"'{secret}' is not a Secret Manager secret ID (letters, digits, - and _)");
            }
            else if (!context.Environment.Secrets.ContainsKey(secret))
            {
                context.Error(DiagnosticCodes.UnknownReference, $"{path}.secretEnv.{name}",
                    $"secret '{secret}' is not in secrets (declared: {string.Join(", ", context.Environment.Secrets.Keys)})");
            }
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in service.Invokers.Members)
        {
            if (!CloudRunLimits.IamMember().IsMatch(member))
            {
                context.Error(DiagnosticCodes.RunAccess, $"{path}.invokers",
                    $"'{member}' is not an IAM member (allUsers, allAuthenticatedUsers, or user:/serviceAccount:/group:/domain: followed by an identity); to make the service public, write `invokers: public`");
            }
            else if (!members.Add(member))
            {
                context.Error(DiagnosticCodes.RunAccess, $"{path}.invokers", $"'{member}' is listed twice");
            }
        }

        ProbeRules.Check(context, $"{path}.startupProbe", service.StartupProbe, isStartup: true);
        if (service.LivenessProbe is { } liveness)
        {
            ProbeRules.Check(context, $"{path}.livenessProbe", liveness, isStartup: false);
        }
    }

    private static void CheckCapacity(ValidationContext context, string path, ProfileSpec profile, ServiceSpec service, ServiceCapacity capacity)
    {
        CpuMemoryRules.Check(context, path, service, capacity);
        context.InRange(DiagnosticCodes.RunConcurrency, $"{path}.concurrency", capacity.Concurrency, CloudRunLimits.Concurrency,
            "Cloud Run allows 1 to 1000 concurrent requests per instance");
        context.InRange(DiagnosticCodes.RunTimeout, $"{path}.timeoutSeconds", capacity.TimeoutSeconds, CloudRunLimits.TimeoutSeconds,
            "Cloud Run's request timeout is at most 3600 s");
        context.InRange(DiagnosticCodes.RunInstances, $"{path}.maxInstances", capacity.MaxInstances, CloudRunLimits.MaxInstances,
            "at least 1; 100 is Cloud Run's default per-service cap, more needs a quota increase");
        context.InRange(DiagnosticCodes.RunInstances, $"{path}.minInstances", capacity.MinInstances, CloudRunLimits.MinInstances,
            "0 to 100");
        if (capacity.MinInstances > capacity.MaxInstances)
        {
            context.Error(DiagnosticCodes.RunInstances, $"{path}.minInstances",
                $"{capacity.MinInstances} is above maxInstances {capacity.MaxInstances} (\"max_instance_count must be greater or equal than min_instance_count\")");
        }

        if (capacity.Connector is { } connector && !profile.Connectors.ContainsKey(connector))
        {
            var exists = context.Environment.Connectors.ContainsKey(connector)
                ? $"connector '{connector}' does not exist in profile '{profile.Name}' (it has: {string.Join(", ", profile.Connectors.Keys)})"
                : $"no connector '{connector}' in connectors (declared: {string.Join(", ", context.Environment.Connectors.Keys)})";
            context.Error(DiagnosticCodes.RunVpcAccess, $"{path}.connector", exists);
        }

        if (capacity.DatabasePool is { } pool)
        {
            context.InRange(DiagnosticCodes.SqlConnectionBudget, $"{path}.databasePool.size", pool.Size, ConnectionPoolLimits.PoolSize, "connections held per instance");
            context.InRange(DiagnosticCodes.SqlConnectionBudget, $"{path}.databasePool.maxOverflow", pool.MaxOverflow, ConnectionPoolLimits.PoolOverflow, "extra connections per instance under load");
        }
    }
}
