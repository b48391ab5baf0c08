using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// A Cloud Run v2 service of one profile. The application's deploy pipeline owns the image: this program
/// declares everything else (capacity, env, probes, connector, traffic) and ignores exactly the fields a
/// `gcloud run deploy` changes, so that a later `pulumi up` neither rolls the image back nor makes a redundant
/// revision (TPG#13410, cloud-foundation-fabric#3685).
/// </summary>
public static class CloudRunServiceComponent
{
    public const string Type = "gcp:cloudrunv2:Service";

    /// <summary>The service-level scaling property (min and max instances of the whole service).</summary>
    public const string ServiceScaling = "scaling";

    public static readonly IReadOnlyList<string> DeployPipelineFields =
    [
        "template.containers[0].image",
        "client",
        "clientVersion",
        "template.revision",
        "template.annotations[\"client.knative.dev/user-image\"]",
    ];

    public static string LogicalName(string role) => $"{role}-service";

    /// <summary>The import id, in the provider's documented form (cloudrunv2/service.d.ts, "Import").</summary>
    public static string ImportId(GcpLocation location, string name) => $"projects/{location.Project}/locations/{location.Region}/services/{name}";

    public static ResourceDeclaration Declare(
        GcpLocation location,
        ServiceSpec service,
        ServiceCapacity capacity,
        ServiceWiring wiring,
        ReferenceValue provider)
    {
        var connector = wiring.Connector;
        var template = new MapValue
        {
            // The revision's own cap, equal to the service's: whichever of the two Cloud Run applies first (Google
            // does not say), a revision never runs more instances than the profile allows, and one this program
            // made keeps that cap if it is pinned later. Its minimum stays unset: Google advises against combining
            // service- and revision-level minimums (https://cloud.google.com/run/docs/configuring/min-instances).
            { "scaling", new MapValue { { "maxInstanceCount", capacity.MaxInstances } } },
            { "maxInstanceRequestConcurrency", capacity.Concurrency },
            { "timeout", $"{capacity.TimeoutSeconds}s" },
        };

        // Its own identity, so it can read exactly its own secrets.
        template.AddIfPresent("serviceAccount", wiring.ServiceAccountEmail);
        var egress = capacity.Egress == Egress.AllTraffic ? "ALL_TRAFFIC" : "PRIVATE_RANGES_ONLY";
        if (connector is not null)
        {
            template.Add("vpcAccess", new MapValue
            {
                // The connector's id is its full path, the form the API reports back (no perpetual diff, MM#10332).
                { "connector", connector },
                { "egress", egress },
            });
        }
        else if (wiring.DirectEgressSubnet is { } subnet)
        {
            // Direct VPC egress: one network interface (the only number supported), never beside a connector ("one and
            // only one of connector and network_interfaces must be set", TPG#15568).
            var networkInterface = new MapValue { { "network", location.Network }, { "subnetwork", subnet } };
            if (wiring.NetworkTags is { Count: > 0 } tags)
            {
                var list = new ListValue();
                foreach (var tag in tags)
                {
                    list.Add(tag);
                }

                networkInterface.Add("tags", list);
            }

            template.Add("vpcAccess", new MapValue { { "networkInterfaces", new ListValue { networkInterface } }, { "egress", egress } });
        }

        template.Add("containers", new ListValue { Container(service, capacity, wiring) });

        var traffics = new ListValue();
        foreach (var target in capacity.Traffic.Where(t => t.Percent > 0))
        {
            traffics.Add(target.IsLatest
                ? new MapValue { { "type", "TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST" }, { "percent", target.Percent } }
                : new MapValue { { "type", "TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION" }, { "revision", target.Revision ?? TrafficTarget.Unnamed }, { "percent", target.Percent } });
        }

        var comments = new List<string>
        {
            $"{service.Role}: {capacity.Cpu} vCPU, {capacity.Memory}, {capacity.MinInstances}..{capacity.MaxInstances} instances, {capacity.Concurrency} concurrent requests each.",
        };
        if (capacity.Traffic.SingleOrDefault(t => t.Percent > 0) is { IsLatest: false } pinned)
        {
            comments.Add($"Traffic is pinned to {pinned.Revision ?? TrafficTarget.Unnamed}, which serves with the capacity it was deployed with; a template change here makes a new revision that gets no traffic until the pin is lifted.");
        }

        if (wiring.ServiceAccountEmail is null)
        {
            comments.Add(service.RunsAsDefaultComputeAccount
                ? "Runs as it does today, as the Compute Engine default service account (inferred), which holds Editor on the project by default, beside the secrets it reads: the one-time step own-identities gives it an account of its own."
                : $"Runs as it does today, as {service.RunsAs} (inferred); the one-time step own-identities gives it an account of its own.");
        }

        return new ResourceDeclaration(
            LogicalName(service.Role),
            Type,
            new MapValue
            {
                { "name", service.Name },
                { "project", location.Project },
                { "location", location.Region },
                { "ingress", service.Ingress },
                // Explicit either way: public means the invoker IAM check is off; otherwise the members in
                // ServiceAccessComponent are the only callers (services are private by default).
                { "invokerIamDisabled", service.Invokers.Public },
                // Explicit, not the provider default: deleting or replacing a service takes a deliberate
                // `false` applied first (MM#11318).
                { "deletionProtection", true },
                // Service-level scaling: the minimum is shared by, and the maximum caps together, every revision
                // receiving traffic, a pinned old one included; a change applies at once, without a new revision
                // (https://cloud.google.com/run/docs/configuring/max-instances#service-vs-revision-level).
                {
                    ServiceScaling, new MapValue
                    {
                        { "minInstanceCount", capacity.MinInstances },
                        { "maxInstanceCount", capacity.MaxInstances },
                    }
                },
                { "template", template },
                { "traffics", traffics },
            },
            new ResourceOptions { Provider = provider, IgnoreChanges = DeployPipelineFields, DependsOn = wiring.DependsOn },
            comments);
    }

    private static MapValue Container(ServiceSpec service, ServiceCapacity capacity, ServiceWiring wiring)
    {
        var container = new MapValue
        {
            // Used only when this program creates the service; afterwards the deploy pipeline's image stays.
            { "image", service.BootstrapImage },
            { "ports", new MapValue { { "containerPort", service.Port } } },
            {
                "resources", new MapValue
                {
                    { "limits", new MapValue { { "cpu", capacity.Cpu }, { "memory", capacity.Memory } } },
                    // Set explicitly: once resources are set, the provider no longer defaults it to true.
                    { "cpuIdle", service.CpuIdle },
                    { "startupCpuBoost", service.StartupCpuBoost },
                }
            },
            { "envs", Envs(service, capacity, wiring) },
            { "startupProbe", Probe(service.StartupProbe, service.Port) },
        };
        if (service.LivenessProbe is { } liveness)
        {
            container.Add("livenessProbe", Probe(liveness, service.Port));
        }

        return container;
    }

    private static ListValue Envs(ServiceSpec service, ServiceCapacity capacity, ServiceWiring wiring)
    {
        var envs = new ListValue();
        foreach (var (name, value) in service.Env)
        {
            envs.Add(new MapValue { { "name", name }, { "value", value } });
        }

        if (capacity.DatabasePool is { } pool)
        {
            envs.Add(new MapValue { { "name", DatabasePoolEnvironment.PoolSize }, { "value", pool.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
            envs.Add(new MapValue { { "name", DatabasePoolEnvironment.MaxOverflow }, { "value", pool.MaxOverflow.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
        }

        // The declared secret, not a typed name: a missing secret is a plan error, not a crash-looping revision.
        foreach (var name in service.SecretEnv.Keys)
        {
            var secret = wiring.Secrets[name];
            envs.Add(new MapValue
            {
                { "name", name },
                { "valueSource", new MapValue { { "secretKeyRef", new MapValue { { "secret", secret.Secret }, { "version", secret.Version } } } } },
            });
        }

        return envs;
    }

    private static MapValue Probe(ProbeSpec probe, int port)
    {
        var map = new MapValue
        {
            { "initialDelaySeconds", probe.InitialDelaySeconds },
            { "periodSeconds", probe.PeriodSeconds },
            { "timeoutSeconds", probe.TimeoutSeconds },
            { "failureThreshold", probe.FailureThreshold },
        };
        if (probe.Kind == ProbeKind.HttpGet)
        {
            map.Add("httpGet", new MapValue { { "path", probe.Path ?? "/" }, { "port", port } });
        }
        else
        {
            map.Add("tcpSocket", new MapValue { { "port", port } });
        }

        return map;
    }
}
