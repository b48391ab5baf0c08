using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `stacks/&lt;environment&gt;.yaml` strictly into typed records. Structure errors (unknown or missing
/// keys, wrong types) are reported here; GCP's limits are checked afterwards by the validators, on the items
/// that were read cleanly (see <see cref="LoadedEnvironment.BrokenItems"/>).
/// </summary>
public static class EnvironmentFileLoader
{
    public const string StacksFolder = "stacks";

    public static SourceFile FileFor(string root, string environment) =>
        new($"{StacksFolder}/{environment}.yaml", Path.Combine(root, StacksFolder, environment + ".yaml"));

    /// <summary>The environments this repository defines: one `stacks/*.yaml` each.</summary>
    public static IReadOnlyList<string> EnvironmentNames(string root)
    {
        var folder = Path.Combine(root, StacksFolder);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public static LoadedEnvironment? Load(string root, string environment, DiagnosticBag diagnostics)
    {
        var file = FileFor(root, environment);
        var node = YamlFiles.LoadMapping(file, diagnostics);
        return node is null ? null : Read(environment, file, node, diagnostics);
    }

    /// <summary>The environment as it will be once <paramref name="step"/> is made: its file with the step's values set.</summary>
    public static LoadedEnvironment? LoadAfter(string root, string environment, OneTimeStep step, DiagnosticBag diagnostics)
    {
        var file = FileFor(root, environment);
        var node = YamlFiles.LoadMapping(file, diagnostics);
        return node is null ? null : Read(environment, file, OneTimeStepReader.Apply(node, step), diagnostics);
    }

    /// <summary>The keys an environment file may have, as the reader asks for them while it reads <paramref name="environment"/>'s file.</summary>
    public static KeySchema? Schema(string root, string environment, DiagnosticBag diagnostics)
    {
        var file = FileFor(root, environment);
        var node = YamlFiles.LoadMapping(file, diagnostics);
        if (node is null)
        {
            return null;
        }

        var schema = new KeySchema();
        Read(environment, file, node, diagnostics, schema);
        return schema;
    }

    private static LoadedEnvironment Read(string environment, SourceFile file, YamlMappingNode node, DiagnosticBag diagnostics, KeySchema? schema = null)
    {
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var top = new YamlMap(node, file.DisplayName, "", diagnostics, schema);
        var location = new GcpLocation(
            top.String("project", required: true, GcpLocationLimits.Project) ?? "",
            top.String("region", required: true, GcpLocationLimits.Region) ?? "",
            top.String("network", required: true, ComputeNames.Name) ?? "");

        var connectors = ReadConnectors(top, broken);
        var database = DatabaseReader.Read(top.Map("database", required: true), broken);
        var secrets = SecretReader.ReadAll(top.Map("secrets", required: true), broken);
        var services = ServiceReader.ReadAll(top.Map("services", required: true), broken);
        var profiles = ProfileReader.ReadAll(top.Map("profiles", required: true), broken);
        var existing = ReadExisting(top.Map("existing"));
        var observability = ObservabilityReader.Read(top.Map("observability", required: true), broken);
        var cloudNat = ReadCloudNat(top.Map("cloudNat"));
        var directEgress = ReadDirectEgress(top.Map("directEgress"));
        var frontDoor = FrontDoorReader.Read(top.Map("frontDoor"), broken);
        var transitions = ReadTransitions(top);
        var inferred = InferredReader.Read(top, node);
        var allowances = AllowanceReader.Read(top.Map("allowances", required: true), inferred);
        var ownership = OwnershipReader.Read(top.Map("ownership", required: true));
        var steps = OneTimeStepReader.Read(top, node);
        top.RejectUnknownKeys();

        var spec = new EnvironmentSpec(environment, file, location, connectors, database, secrets, services, existing, observability, profiles, cloudNat, transitions, allowances, inferred, ownership, steps, directEgress, frontDoor);
        return new LoadedEnvironment(spec, broken);
    }

    private static ExistingResources ReadExisting(YamlMap? map)
    {
        if (map is null)
        {
            return ExistingResources.None;
        }

        var existing = new ExistingResources(
            map.StringList("connectors") ?? [],
            map.Bool("database") ?? false,
            map.Bool("databaseUser") ?? false,
            map.StringList("services") ?? [],
            map.StringList("secrets") ?? [],
            map.Bool("frontDoor") ?? false,
            map.Bool("adopted", required: true) ?? false);
        map.RejectUnknownKeys();
        return existing;
    }

    /// <summary>`cloudNat: {existing, router?, name?}`: whether the network has its route to the internet in the region,
    /// and the names this program creates it with when it does not (required then).</summary>
    private static CloudNatSpec? ReadCloudNat(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var existing = map.Bool("existing", required: true) ?? false;
        var nat = new CloudNatSpec(map.String("router", required: !existing, ComputeNames.Name) ?? "", map.String("name", required: !existing, ComputeNames.Name) ?? "", existing);
        map.RejectUnknownKeys();
        return nat;
    }

    /// <summary>`directEgress: {subnet, ipCidrRange, existing, tags?, flowLogs}`: the subnet the services' direct egress
    /// takes its addresses from, whether this program declares it, and then its flow logs.</summary>
    private static DirectEgressSpec? ReadDirectEgress(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var existing = map.Bool("existing", required: true) ?? false;
        // A subnet someone else owns has their flow logs; one this program declares states its own (CIS 3.8).
        var logs = map.Map("flowLogs", required: !existing);
        var flowLogs = logs is null ? null : new FlowLogSpec(
            logs.String("aggregationInterval", required: true, NetworkLoggingLimits.AggregationIntervals) ?? "",
            logs.Decimal("flowSampling", required: true, NetworkLoggingLimits.FlowSampleRate) ?? 0m,
            logs.String("metadata", required: true, NetworkLoggingLimits.FlowLogMetadata) ?? "");
        logs?.RejectUnknownKeys();
        var spec = new DirectEgressSpec(
            map.String("subnet", required: true, ComputeNames.Name) ?? "",
            map.String("ipCidrRange", required: true) ?? "",
            existing,
            map.StringList("tags", itemLimit: ComputeNames.Name) ?? [],
            flowLogs);
        map.RejectUnknownKeys();
        return spec;
    }

    /// <summary>`transitions: [{from, to, when, incident?, reliefBudgetSeconds?, relieves?, after?}]`: the steps the runbook
    /// offers, in its order. An incident step states how soon it must relieve the outage, and which outage; `after` names
    /// the one-time step a step waits for (checked against oneTimeSteps by PreconditionRules).</summary>
    private static IReadOnlyList<TransitionSpec> ReadTransitions(YamlMap top)
    {
        var transitions = new List<TransitionSpec>();
        foreach (var entry in top.MapList("transitions") ?? [])
        {
            var (from, to, when) = (entry.String("from", required: true), entry.String("to", required: true), entry.String("when", required: true));
            var incident = entry.Bool("incident") ?? false;
            var budget = entry.Int("reliefBudgetSeconds", limit: TimingLimits.ReliefBudgetSeconds);
            if (incident && budget is null && !entry.Has("reliefBudgetSeconds"))
            {
                entry.Missing("reliefBudgetSeconds", "how soon, in seconds, an incident step must bring relief; the plan checks the step's time to relief against it");
            }
            else if (!incident && budget is not null)
            {
                entry.Diagnostics.Error(DiagnosticCodes.TransitionProfile, entry.File, entry.KeyPath("reliefBudgetSeconds"),
                    "a relief budget belongs to an incident step: set incident: true, or remove reliefBudgetSeconds");
            }

            var relieves = entry.String("relieves");
            if (relieves is not null && !incident)
            {
                entry.Diagnostics.Error(DiagnosticCodes.TransitionProfile, entry.File, entry.KeyPath("relieves"),
                    "only an incident step relieves an outage: set incident: true, or remove relieves");
            }

            var after = entry.String("after");
            entry.RejectUnknownKeys();
            if (from is not null && to is not null && when is not null)
            {
                transitions.Add(new TransitionSpec(from, to, when, incident, incident ? budget : null, incident ? relieves : null, after));
            }
        }

        return transitions;
    }

    private static IReadOnlyDictionary<string, ConnectorSpec> ReadConnectors(YamlMap top, HashSet<string> broken)
    {
        var result = new Dictionary<string, ConnectorSpec>(StringComparer.Ordinal);
        var section = top.Map("connectors", required: true);
        if (section is null)
        {
            return result;
        }

        foreach (var (role, map) in section.MapEntries())
        {
            var before = map.FindingCount;
            var name = map.String("name", required: true);
            var range = map.String("ipCidrRange", required: true);

            // A connector only serves its own region, so it has none of its own: it takes the environment's.
            // The key is read only to say so, because the incident plan placed a "backup" in another region.
            if (map.String("region") is { } region && region != top.String("region"))
            {
                map.Diagnostics.Error(DiagnosticCodes.ConnectorRegion, map.File, map.KeyPath("region"),
                    $"'{region}' is not this environment's region '{top.String("region")}': a Serverless VPC Access connector only serves Cloud Run services in its own region (https://cloud.google.com/run/docs/configuring/vpc-connectors), so a connector elsewhere can never be attached; put a standby connector in the same region instead");
            }

            map.Misplaced("machineType", "capacity belongs to a profile: profiles.<profile>.connectors." + role);
            map.Misplaced("minInstances", "capacity belongs to a profile: profiles.<profile>.connectors." + role);
            map.Misplaced("maxInstances", "capacity belongs to a profile: profiles.<profile>.connectors." + role);
            map.RejectUnknownKeys();
            map.MarkBrokenSince(before, broken);

            result[role] = new ConnectorSpec(role, name ?? "", range ?? "");
        }

        return result;
    }
}
