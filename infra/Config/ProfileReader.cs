using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>Reads the `profiles` section: each profile's connectors, database flags and service capacity.</summary>
public static class ProfileReader
{
    public const string LatestRevision = "latest";

    public static IReadOnlyDictionary<string, ProfileSpec> ReadAll(YamlMap? section, HashSet<string> broken)
    {
        var result = new Dictionary<string, ProfileSpec>(StringComparer.Ordinal);
        if (section is null)
        {
            return result;
        }

        var raw = new List<(string, YamlMappingNode)>();
        var extends = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in section.Keys)
        {
            if (section.Map(key) is { } profileMap)
            {
                raw.Add((key, profileMap.Node));
                if (profileMap.Node.Children.TryGetValue(new YamlScalarNode(ProfileInheritance.ExtendsKey), out var baseName) && baseName is YamlScalarNode { Value: { } text })
                {
                    extends[key] = text;
                }
            }
        }

        foreach (var (name, node) in ProfileInheritance.Resolve(raw, section.File, section.Diagnostics))
        {
            var map = new YamlMap(node, section.File, section.KeyPath(name), section.Diagnostics, section.InheritedEntrySchema);
            // `extends` is read before inheritance, from the profile as written.
            section.InheritedEntrySchema?.Property(ProfileInheritance.ExtendsKey, KeySchema.Kind.Scalar, required: false);
            result[name] = ReadProfile(name, extends.GetValueOrDefault(name), map, broken);
        }

        return result;
    }

    private static ProfileSpec ReadProfile(string name, string? extends, YamlMap map, HashSet<string> broken)
    {
        var description = map.String("description", required: true) ?? "";
        var connectors = new Dictionary<string, ConnectorCapacity>(StringComparer.Ordinal);
        foreach (var (role, connector) in map.Map("connectors")?.MapEntries() ?? [])
        {
            connectors[role] = ReadConnector(connector, broken);
        }

        var database = map.Map("database", required: true);
        var flags = DatabaseReader.ReadFlags(database?.Map("flags"));
        database?.RejectUnknownKeys();

        var services = new Dictionary<string, ServiceCapacity>(StringComparer.Ordinal);
        foreach (var (role, service) in map.Map("services", required: true)?.MapEntries() ?? [])
        {
            services[role] = ReadService(service, broken);
        }

        map.RejectUnknownKeys();
        return new ProfileSpec(name, description, extends, connectors, flags, services);
    }

    private static ConnectorCapacity ReadConnector(YamlMap map, HashSet<string> broken)
    {
        var before = map.FindingCount;
        var capacity = new ConnectorCapacity(
            map.String("machineType", required: true, VpcConnectorLimits.MachineTypes) ?? "",
            map.Int("minInstances", required: true, VpcConnectorLimits.MinInstances) ?? 0,
            map.Int("maxInstances", required: true, VpcConnectorLimits.MaxInstances) ?? 0);
        RejectThroughput(map, "minThroughput", VpcConnectorLimits.MinThroughput, "minInstances");
        RejectThroughput(map, "maxThroughput", VpcConnectorLimits.MaxThroughput, "maxInstances");
        const string noPolicy = "Serverless VPC Access connectors have no autoscaling policy (ConnectorArgs has machineType, minInstances and maxInstances only); they scale out on load and never scale in (https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling)";
        map.Misplaced("scalingPolicy", noPolicy);
        map.Misplaced("scaling_policy", noPolicy);
        map.Misplaced("name", "a connector's name is fixed: set it in connectors.<role>.name, not per profile");
        map.Misplaced("ipCidrRange", "a connector's range is fixed: set it in connectors.<role>.ipCidrRange, not per profile");
        map.RejectUnknownKeys();
        map.MarkBrokenSince(before, broken);

        return capacity;
    }

    /// <summary>
    /// The incident plans set throughput (500/2000). Each value gets its own reason: out of range, or in range but
    /// deprecated, conflicting with the instance counts (a plan-time ConflictsWith error) and forcing replacement.
    /// </summary>
    private static void RejectThroughput(YamlMap map, string key, IntRange range, string instead)
    {
        if (!map.Has(key))
        {
            return;
        }

        var text = map.String(key) ?? "";
        var valid = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && range.Contains(value) && value % 100 == 0;
        var why = valid
            ? "throughput is deprecated in favour of instance counts, conflicts with them (a plan-time ConflictsWith error) and forces replacement of the connector"
            : $"out of range {range} in multiples of 100, and throughput is deprecated in favour of instance counts";
        map.Diagnostics.Error(DiagnosticCodes.ConnectorThroughput, map.File, map.KeyPath(key),
            $"{text} is not accepted: {why} (@pulumi/gcp 9.37.0 vpcaccess/connector.d.ts); set {instead} ({(instead == "minInstances" ? VpcConnectorLimits.MinInstances : VpcConnectorLimits.MaxInstances)}, 1 instance ≈ 100 Mbps of e2-micro) instead");
    }

    private static ServiceCapacity ReadService(YamlMap map, HashSet<string> broken)
    {
        var before = map.FindingCount;
        map.Misplaced("ingress", "ingress is the service's (services.<role>.ingress), never a profile's: a profile switch, an incident step among them, must not change who can reach a service");
        var connector = map.String("connector");
        var directEgress = map.Bool("directEgress") ?? false;
        if (connector is not null && directEgress)
        {
            map.Diagnostics.Error(DiagnosticCodes.RunVpcAccess, map.File, map.KeyPath("directEgress"),
                $"a revision reaches the VPC one way: connector '{connector}' or direct egress, not both (the API: \"one and only one of connector and network_interfaces must be set\", TPG#15568); in a profile that extends another, clear the base's connector with `connector: ~`");
        }

        var egressText = map.String("egress", limit: CloudRunLimits.Egress);
        var egress = Egress.PrivateRangesOnly;
        switch (egressText)
        {
            case null when connector is not null || directEgress:
                map.Missing("egress", "all-traffic or private-ranges-only: the API default has changed before (terraform-google-cloud-run#470), so it is never left implicit");
                break;
            case null:
                break;
            case "all-traffic":
                egress = Egress.AllTraffic;
                break;
            case "private-ranges-only":
                break;
            default:
                map.Diagnostics.Error(DiagnosticCodes.RunVpcAccess, map.File, map.KeyPath("egress"),
                    $"'{egressText}' is not an egress setting (allowed: all-traffic, private-ranges-only)");
                break;
        }

        if (egressText is not null && connector is null && !directEgress)
        {
            map.Diagnostics.Error(DiagnosticCodes.RunVpcAccess, map.File, map.KeyPath("egress"),
                "egress applies only to traffic into the VPC (through a connector, or by direct egress); set one of them too, or remove egress");
        }

        var expectedEgress = map.Int("expectedEgressMbps");
        if (connector is not null && expectedEgress is null)
        {
            map.Missing("expectedEgressMbps", "the service's peak traffic through its connector in Mbps, checked against what the connector carries");
        }
        else if (connector is null && !directEgress && expectedEgress is not null)
        {
            map.Diagnostics.Error(DiagnosticCodes.RunVpcAccess, map.File, map.KeyPath("expectedEgressMbps"),
                "only traffic into the VPC is counted; set connector or directEgress too, or remove expectedEgressMbps");
        }

        DatabasePool? pool = null;
        if (map.Map("databasePool") is { } poolMap)
        {
            pool = new DatabasePool(
                poolMap.Int("size", required: true, ConnectionPoolLimits.PoolSize) ?? 0,
                poolMap.Int("maxOverflow", required: true, ConnectionPoolLimits.PoolOverflow) ?? 0);
            poolMap.RejectUnknownKeys();
        }

        var egressReason = map.String("egressReason");
        if (egressReason is not null && egress != Egress.AllTraffic)
        {
            map.Diagnostics.Error(DiagnosticCodes.RunEgressReason, map.File, map.KeyPath("egressReason"),
                "egressReason says why a service sends all of its traffic through its connector; with private-ranges-only there is nothing to explain: remove it");
        }

        var capacity = new ServiceCapacity(
            map.String("cpu", required: true) ?? "",
            map.String("memory", required: true) ?? "",
            map.Int("minInstances", required: true, CloudRunLimits.MinInstances) ?? 0,
            map.Int("maxInstances", required: true, CloudRunLimits.MaxInstances) ?? 0,
            map.Int("concurrency", required: true, CloudRunLimits.Concurrency) ?? 0,
            map.Int("timeoutSeconds", required: true, CloudRunLimits.TimeoutSeconds) ?? 0,
            connector,
            egress,
            pool,
            ReadTraffic(map),
            expectedEgress,
            egressReason,
            map.String("capacityReason"),
            directEgress);
        map.RejectUnknownKeys();
        map.MarkBrokenSince(before, broken);

        return capacity;
    }

    /// <summary>`traffic: {latest: 100}`, `traffic: {&lt;revision&gt;: 100}` or `traffic: {named-at-run-time: 100}`:
    /// target → percent.</summary>
    private static IReadOnlyList<TrafficTarget> ReadTraffic(YamlMap map)
    {
        var traffic = map.Map("traffic", required: true);
        if (traffic is null)
        {
            return [];
        }

        var targets = new List<TrafficTarget>();
        foreach (var (target, percentText) in traffic.ScalarEntries())
        {
            if (!int.TryParse(percentText, NumberStyles.None, CultureInfo.InvariantCulture, out var percent))
            {
                traffic.Diagnostics.Error(DiagnosticCodes.WrongType, traffic.File, traffic.KeyPath(target), $"'{percentText}' is not a whole percentage");
                continue;
            }

            targets.Add(target switch
            {
                LatestRevision => new TrafficTarget(null, percent),
                RunTimeRevisions.Keyword => new TrafficTarget(null, percent, NamedAtRunTime: true),
                _ => new TrafficTarget(target, percent),
            });
        }

        return targets;
    }
}
