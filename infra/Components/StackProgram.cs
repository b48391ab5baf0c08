using Netra.Infra.Capacity;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// Composes the components into the program of one deployment (an environment with its selected profile).
/// It receives validated records only; it never reads files or the environment.
/// </summary>
public static class StackProgram
{
    /// <summary>
    /// The program of a deployment. Adoption imports what exists (<see cref="Adopted"/>); the profile of an incident step
    /// (a transition with `incident: true` leads to it) ignores every field its incident steps do not change
    /// (<see cref="IncidentScoped"/>); any other profile is the program as declared.
    /// </summary>
    public static ProgramDeclaration Build(Deployment deployment)
    {
        var program = Declared(deployment.Environment, deployment.Profile);
        return deployment.Adopt ? Adopted(deployment.Environment, program) : IncidentScoped(deployment.Environment, deployment.Profile, program);
    }

    /// <summary>
    /// An incident profile's program: whatever `up` runs it (`--config-file Pulumi.emergency.yaml` typed from memory, or
    /// a step out of the runbook), the engine changes only what some incident step into it changes, and keeps every other
    /// field as it runs, hand-made changes included (IncidentScopeOptions, with the engine's behaviour and its sources).
    /// The steps' own programs are the declared ones, so two profiles that are incident targets of each other never
    /// depend on each other's scope. The profile given is the one that runs (a revision named at run time resolved).
    /// </summary>
    private static ProgramDeclaration IncidentScoped(EnvironmentSpec environment, ProfileSpec profile, ProgramDeclaration program)
    {
        var sources = environment.Transitions
            .Where(t => t.Incident && t.To == profile.Name && t.From != profile.Name)
            .Select(t => t.From)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (sources.Count == 0)
        {
            return program;
        }

        var scoped = Plan.IncidentScopeOptions.Apply(program, sources.Select(s => Declared(environment, environment.Profiles[s])).ToList());
        return scoped with
        {
            HeaderComments =
            [
                .. scoped.HeaderComments,
                $"INCIDENT PROFILE: every field that the incident steps into it ({string.Join(", ", sources.Select(s => $"{s} → {profile.Name}"))}) do not change is ignored (ignoreChanges), so any `up` of it keeps what runs, hand-made changes included.",
            ],
        };
    }

    /// <summary>The program as the deployment's data declares it, before adoption or an incident scope.</summary>
    /// <summary>
    /// Each profile's declared program, built once per loaded environment: validating the runbook builds every
    /// profile's program, and an incident profile's scope builds those of the profiles its steps come from, so without
    /// this one compile built the same programs several times over (bench/run, "compile as the engine runs it"). Keyed by
    /// the very records of one load, so another load (another file, a one-time step applied) never sees them.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EnvironmentSpec, Dictionary<ProfileSpec, ProgramDeclaration>> DeclaredPrograms = new();

    private static ProgramDeclaration Declared(EnvironmentSpec environment, ProfileSpec profile)
    {
        var programs = DeclaredPrograms.GetValue(environment, _ => new Dictionary<ProfileSpec, ProgramDeclaration>(ReferenceEqualityComparer.Instance));
        lock (programs)
        {
            if (programs.TryGetValue(profile, out var built))
            {
                return built;
            }
        }

        var program = BuildDeclared(environment, profile);
        lock (programs)
        {
            programs[profile] = program;
        }

        return program;
    }

    private static ProgramDeclaration BuildDeclared(EnvironmentSpec environment, ProfileSpec profile)
    {
        var location = environment.Location;
        var providerDeclaration = GcpProviderComponent.Declare(location);
        var provider = providerDeclaration.Reference();
        var resources = new List<ResourceDeclaration> { providerDeclaration };

        var connectors = new Dictionary<string, ResourceDeclaration>(StringComparer.Ordinal);
        foreach (var (role, capacity) in profile.Connectors.OrderBy(c => ConnectorOrder(c.Key)).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var declaration = VpcConnectorComponent.Declare(location, environment.Connectors[role], capacity, provider);
            connectors[role] = declaration;
            resources.Add(declaration);
        }

        // The subnet of direct egress, in every profile once any profile uses it (DirectEgressSubnetComponent).
        if (environment.DirectEgress is { Existing: false } direct && environment.UsesDirectEgress)
        {
            resources.Add(DirectEgressSubnetComponent.Declare(location, direct, provider));
        }

        // The NAT's logical name when this stack declares it: all-traffic services wait for it on a first run.
        ReferenceValue? internetRoute = null;
        var anyAllTraffic = environment.Profiles.Values.Any(p => p.Services.Values.Any(s => s.Egress == Egress.AllTraffic));
        if (environment.CloudNat is { Existing: false } nat && anyAllTraffic)
        {
            var natResources = CloudNatComponent.Declare(location, nat, provider);
            resources.AddRange(natResources);
            internetRoute = natResources[^1].Reference();
        }

        var budget = ConnectionBudget.For(environment, profile);
        var databaseNotes = new List<string> { $"Connection budget of profile {profile.Name}: {budget.Summary}." };
        databaseNotes.AddRange(DatabaseRestarts.Describe(environment, profile));
        var database = CloudSqlInstanceComponent.Declare(location, environment.Database, environment.DatabaseFlagsFor(profile), databaseNotes, provider);
        resources.Add(database);

        var secrets = SecretResources(environment, provider);
        resources.AddRange(secrets.Declarations);

        var services = new List<ResourceDeclaration>();
        foreach (var (role, service) in environment.Services)
        {
            var capacity = profile.Services[role];
            // Until the services' identities are ours, each runs as the account it runs as today, with its grants.
            var access = environment.Ownership.OwnsIdentities ? AccessResources(environment, service, provider) : [];
            resources.AddRange(access);
            var dependencies = access.Where(a => a.Type != ServiceIdentityComponent.AccountType).Select(a => a.Reference()).ToList();
            if (capacity.Egress == Egress.AllTraffic && internetRoute is not null)
            {
                dependencies.Add(internetRoute);
            }

            var wiring = new ServiceWiring(
                capacity.Connector is { } c ? connectors[c].Reference("id") : null,
                environment.Ownership.OwnsIdentities ? ServiceIdentityComponent.Email(role) : null,
                service.SecretEnv.ToDictionary(e => e.Key, e => secrets.References[e.Value]),
                dependencies,
                capacity.DirectEgress && environment.DirectEgress is { } subnet ? DirectEgressSubnetComponent.Subnetwork(subnet) : null,
                environment.DirectEgress?.Tags);
            services.Add(CloudRunServiceComponent.Declare(location, service, capacity, wiring, provider));
        }

        resources.AddRange(services);
        if (environment.FrontDoor is { } door)
        {
            resources.AddRange(FrontDoorResources(environment, door, provider));
        }
        foreach (var service in environment.Services.Values)
        {
            resources.AddRange(service.Invokers.Members.Select(m => ServiceAccessComponent.DeclareInvoker(location, service, m, provider)));
        }

        resources.AddRange(ObservabilityResources(environment, profile, provider));

        var outputs = new List<OutputDeclaration>
        {
            new("environment", environment.Name),
            new("profile", profile.Name),
            new("connectionBudget", budget.Summary),
            new("databaseRestart", string.Join(" ", DatabaseRestarts.Describe(environment, profile))),
        };
        outputs.AddRange(environment.Services.Keys.Select(role =>
            new OutputDeclaration($"{role}Url", new ReferenceValue(CloudRunServiceComponent.LogicalName(role), "uri"))));

        return new ProgramDeclaration(
            $"netra-infra: environment {environment.Name}, profile {profile.Name}",
            [
                $"Generated by netra-infra from {environment.File.DisplayName}, profile '{profile.Name}': do not edit; change the data and re-run.",
                $"Profile {profile.Name}: {profile.Description}",
            ],
            resources,
            outputs);
    }

    /// <summary>
    /// Adoption mode: the program's resources that exist today, each with its import id and `ignoreChanges: ["*"]`,
    /// so that the import stores every field as it is live and changes nothing. Since pulumi 3.174 an import whose
    /// inputs differ is followed by an update in the same run (pulumi/pulumi#19339); ignoring every field keeps the
    /// adoption a pure import on any CLI version. The next normal `preview` then shows every difference as an ordinary
    /// change. Adoption runs before the services' identities and credentials are ours (AdoptionRules), so what it
    /// declares references only what exists.
    /// </summary>
    private static ProgramDeclaration Adopted(EnvironmentSpec environment, ProgramDeclaration program)
    {
        var importIds = ImportIds(environment);
        var resources = program.Resources
            .Where(r => importIds.ContainsKey(r.Name) || r.Type == ProviderCatalog.Gcp.ProviderType)
            .Select(r => importIds.TryGetValue(r.Name, out var id) ? r with { Options = r.Options with { Import = id, IgnoreChanges = [AllProperties] } } : r)
            .ToList();
        var declared = resources.Select(r => r.Name).ToHashSet();
        return program with
        {
            Description = program.Description + " (adoption)",
            HeaderComments = [.. program.HeaderComments, "ADOPTION MODE: imports what exists today, as it is (every field ignored); `pulumi preview` must show only imports. Then `up`, then run without Pulumi.adopt.yaml."],
            Resources = resources,
            Outputs = program.Outputs.Where(o => o.Value is not ReferenceValue reference || declared.Contains(reference.Resource)).ToList(),
        };
    }

    /// <summary>The front door, from the services out: endpoint groups and backend services, then the certificate and
    /// URL map, then the address, proxies and rules that users reach.</summary>
    private static IEnumerable<ResourceDeclaration> FrontDoorResources(EnvironmentSpec environment, FrontDoorSpec door, ReferenceValue provider)
    {
        var location = environment.Location;
        foreach (var backend in door.Backends.Values)
        {
            yield return FrontDoor.ServerlessNegComponent.Declare(location, backend, environment.Services[backend.Role], provider);
            yield return FrontDoor.BackendServiceComponent.Declare(location, door, backend, provider);
        }

        yield return FrontDoor.CertificateComponent.Declare(location, door.Certificate, provider);
        if (door.Tls is { } tls)
        {
            yield return FrontDoor.SslPolicyComponent.Declare(location, tls, provider);
        }

        yield return FrontDoor.UrlMapComponent.Declare(location, door, provider);
        foreach (var part in FrontDoor.HttpsFrontendComponent.Declare(location, door, provider).Concat(FrontDoor.HttpRedirectComponent.Declare(location, door, provider)))
        {
            yield return part;
        }
    }

    /// <summary>ignoreChanges' wildcard for every input property (pulumi/pulumi resource.PropertyPath, since v3.73).</summary>
    public const string AllProperties = "*";

    /// <summary>Logical name → GCP import id of everything the environment lists as existing.</summary>
    public static IReadOnlyDictionary<string, string> ImportIds(EnvironmentSpec environment)
    {
        var location = environment.Location;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in environment.Existing.Connectors)
        {
            ids[VpcConnectorComponent.LogicalName(role)] = VpcConnectorComponent.ImportId(location, environment.Connectors[role].Name);
        }

        if (environment.Existing.Database)
        {
            ids[CloudSqlInstanceComponent.LogicalName] = CloudSqlInstanceComponent.ImportId(location, environment.Database.Name);
        }

        if (environment.Existing.DatabaseUser)
        {
            ids[DatabaseUserComponent.LogicalName] = DatabaseUserComponent.ImportId(location, environment.Database);
        }

        foreach (var secret in environment.Existing.Secrets)
        {
            ids[SecretComponent.LogicalName(secret)] = SecretComponent.ImportId(location, secret);
        }

        foreach (var role in environment.Existing.Services)
        {
            ids[CloudRunServiceComponent.LogicalName(role)] = CloudRunServiceComponent.ImportId(location, environment.Services[role].Name);
        }

        foreach (var channel in environment.Observability.Channels.Values.Where(c => c.Existing is not null && c.Declared))
        {
            ids[NotificationChannelComponent.LogicalName(channel.Name)] = NotificationChannelComponent.ImportId(location, channel.Existing!);
        }

        if (environment.Existing.FrontDoor && environment.FrontDoor is { } door)
        {
            foreach (var backend in door.Backends.Values)
            {
                ids[FrontDoor.FrontDoorNames.Neg(backend.Role)] = FrontDoor.ServerlessNegComponent.ImportId(location, backend.Neg);
                ids[FrontDoor.FrontDoorNames.BackendService(backend.Role)] = FrontDoor.BackendServiceComponent.ImportId(location, backend.BackendService);
            }

            ids[FrontDoor.FrontDoorNames.Certificate] = FrontDoor.CertificateComponent.ImportId(location, door.Certificate.Name);
            ids[FrontDoor.FrontDoorNames.UrlMap] = FrontDoor.UrlMapComponent.ImportId(location, door.UrlMap);
            ids[FrontDoor.FrontDoorNames.RedirectMap] = FrontDoor.UrlMapComponent.ImportId(location, door.Redirect.UrlMap);
            ids[FrontDoor.FrontDoorNames.Address] = FrontDoor.HttpsFrontendComponent.AddressImportId(location, door.Address);
            ids[FrontDoor.FrontDoorNames.HttpsProxy] = FrontDoor.HttpsFrontendComponent.ProxyImportId(location, door.HttpsProxy);
            ids[FrontDoor.FrontDoorNames.HttpsRule] = FrontDoor.HttpsFrontendComponent.RuleImportId(location, door.ForwardingRule);
            ids[FrontDoor.FrontDoorNames.HttpProxy] = FrontDoor.HttpRedirectComponent.ProxyImportId(location, door.Redirect.HttpProxy);
            ids[FrontDoor.FrontDoorNames.HttpRule] = FrontDoor.HttpsFrontendComponent.RuleImportId(location, door.Redirect.ForwardingRule);
        }

        return ids;
    }

    /// <summary>
    /// The secrets, their generated values and versions, and how services refer to each: generated values by
    /// their version (a new value rolls out as a new revision), external ones by `latest` (people add versions).
    /// </summary>
    private static (List<ResourceDeclaration> Declarations, Dictionary<string, SecretReference> References) SecretResources(
        EnvironmentSpec environment, ReferenceValue gcp)
    {
        var declarations = new List<ResourceDeclaration>();
        var references = new Dictionary<string, SecretReference>(StringComparer.Ordinal);
        var random = ProviderCatalog.Random.Reference;
        var secrets = environment.Secrets.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var generates = environment.Ownership.GeneratesCredentials;
        if (generates && secrets.Any(s => s.Source != SecretSource.External))
        {
            declarations.Add(GcpProviderComponent.DeclarePinned(ProviderCatalog.Random));
        }

        if (secrets.Any(s => s.Source == SecretSource.DatabaseUrl))
        {
            if (generates)
            {
                declarations.Add(RandomValueComponent.Declare(DatabaseUserComponent.PasswordName, DatabaseUserComponent.PasswordLength, random));
            }

            declarations.Add(DatabaseUserComponent.Declare(environment.Location, environment.Database, gcp, withPassword: generates));
        }

        foreach (var secret in secrets)
        {
            declarations.Add(SecretComponent.Declare(environment.Location, secret, gcp));
            var id = new ReferenceValue(SecretComponent.LogicalName(secret.Name), "secretId");
            // Until credentials are ours, every secret keeps the value it has: services read its latest version.
            PropertyValue? value = !generates ? null : secret.Source switch
            {
                SecretSource.Random => RandomValueComponent.Result($"{secret.Name}-value"),
                SecretSource.DatabaseUrl => DatabaseUserComponent.Url(environment.Database),
                _ => null,
            };
            if (generates && secret.Source == SecretSource.Random)
            {
                declarations.Add(RandomValueComponent.Declare($"{secret.Name}-value", secret.Length, random));
            }

            if (value is null)
            {
                references[secret.Name] = new SecretReference(id, "latest");
                continue;
            }

            declarations.Add(SecretComponent.DeclareVersion(secret.Name, value, gcp));
            references[secret.Name] = new SecretReference(id, new ReferenceValue(SecretComponent.VersionName(secret.Name), "version"));
        }

        return (declarations, references);
    }

    /// <summary>
    /// Channels, the front door's uptime checks, log-based metrics, the wait for them to propagate, and the alert
    /// policies, with thresholds derived for the profile (the database alert follows the connection budget) and each
    /// severity's channels. A channel whose key no person has added yet is not declared (ChannelKey).
    /// </summary>
    private static List<ResourceDeclaration> ObservabilityResources(EnvironmentSpec environment, ProfileSpec profile, ReferenceValue gcp)
    {
        var observability = environment.Observability;
        var declarations = new List<ResourceDeclaration>();
        var channels = new Dictionary<string, ReferenceValue>(StringComparer.Ordinal);
        foreach (var channel in observability.Channels.Values.Where(c => c.Declared))
        {
            var declaration = NotificationChannelComponent.Declare(environment.Location, channel, gcp);
            declarations.Add(declaration);
            channels[channel.Name] = declaration.Reference("name");
        }

        if (observability.UptimeChecks is { } checks && environment.FrontDoor is { } door)
        {
            declarations.AddRange(door.Routes.Select(r => r.Host).Distinct(StringComparer.Ordinal).Where(checks.Paths.ContainsKey)
                .Select(host => UptimeCheckComponent.Declare(environment.Location, checks, host, gcp)));
        }

        var metrics = observability.LogMetrics.Values.Select(m => LogMetricComponent.Declare(environment.Location, m, gcp)).ToList();
        declarations.AddRange(metrics);
        ReferenceValue? wait = null;
        if (metrics.Count > 0)
        {
            declarations.Add(GcpProviderComponent.DeclarePinned(ProviderCatalog.Time));
            var sleep = MetricPropagationWaitComponent.Declare(observability.PropagationSeconds, metrics.Select(m => m.Reference()).ToList());
            declarations.Add(sleep);
            wait = sleep.Reference();
        }

        foreach (var alert in observability.Alerts.Values)
        {
            var conditions = Observability.AlertConditions.For(alert, environment, profile);
            var reads = new[] { alert.Filter, alert.DenominatorFilter ?? "", alert.Query ?? "" };
            var readsLogMetric = observability.LogMetrics.Values.Any(m => reads.Any(r => r.Contains(m.MetricType, StringComparison.Ordinal)));
            var route = Observability.AlertRouting.For(alert, observability).Declared.Select(c => channels[c.Name]).ToList();
            declarations.Add(AlertPolicyComponent.Declare(environment.Location, alert, conditions, Observability.AlertDocumentation.Content(alert, environment, conditions),
                Observability.AlertDocumentation.Summary(alert, environment, conditions), route,
                readsLogMetric && wait is not null ? [wait] : [], gcp));
        }

        return declarations;
    }

    /// <summary>A service's account and its grants: each secret it reads, and nothing project-wide
    /// (ServiceIdentityComponent says why no Cloud SQL client role).</summary>
    private static List<ResourceDeclaration> AccessResources(EnvironmentSpec environment, ServiceSpec service, ReferenceValue gcp)
    {
        var access = new List<ResourceDeclaration> { ServiceIdentityComponent.DeclareAccount(environment.Location, service, gcp) };
        foreach (var secret in service.SecretEnv.Values.Distinct().Order(StringComparer.Ordinal))
        {
            access.Add(ServiceIdentityComponent.DeclareSecretAccess(environment.Location, service.Role, secret, gcp));
        }

        return access;
    }

    // Stable, readable order: the primary first, then the standby, then any other by name.
    private static int ConnectorOrder(string role) => role switch
    {
        "primary" => 0,
        "standby" => 1,
        _ => 2,
    };
}
