using System.Globalization;
using System.Text.RegularExpressions;
using Netra.Infra.Components;
using Netra.Infra.Limits;

namespace Netra.Infra.Plan;

/// <summary>
/// Curated: what each field change does, per resource type, with its source. Neither the SDK's types nor the
/// engine's preview say which changes replace or restart (no ForceNew in the .d.ts files), so this table is ours.
/// </summary>
public static partial class DisruptionRules
{
    /// <summary>The disruption of one field change, and its reason.</summary>
    /// <param name="before">All fields of the resource before (for context, e.g. which flag an index is).</param>
    public static (Disruption Disruption, string Reason) Of(
        string type, FieldChange change, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) => type switch
    {
        VpcConnectorComponent.Type => Connector(change),
        CloudRunServiceComponent.Type => Service(change),
        CloudSqlInstanceComponent.Type => Database(change, before, after),
        DirectEgressSubnetComponent.Type => Subnet(change),
        Components.FrontDoor.CertificateComponent.Type when change.Path.StartsWith("properties.managed", StringComparison.Ordinal)
            => (Disruption.Replace, "a Google-managed certificate's domains are immutable: a new certificate, provisioned only once every domain resolves to the balancer; with its fixed name the old one is deleted first, which the proxy refuses while it serves it: give the new one a new name (TPG compute_managed_ssl_certificate)"),
        Components.FrontDoor.ServerlessNegComponent.Type => (Disruption.Replace, "a serverless endpoint group cannot change: it is replaced, and \"cannot be edited while in use by a backend service\" (TPG#7311)"),
        Components.FrontDoor.HttpsFrontendComponent.AddressType when change.Path != "properties.labels"
            => (Disruption.Replace, "a global address is replaced by any change: the front door's IP changes, and DNS with it"),
        Components.FrontDoor.HttpsFrontendComponent.ProxyType when change.Path == "properties.sslPolicy"
            => (Disruption.Reachability, "the HTTPS proxy's SSL policy changes: from then on a client that cannot negotiate its minimum TLS version and ciphers is refused at the handshake (https://cloud.google.com/load-balancing/docs/ssl-policies-concepts)"),
        Components.FrontDoor.HttpsFrontendComponent.RuleType when change.Path is "properties.ipAddress" or "properties.portRange" or "properties.ipProtocol"
            => (Disruption.Replace, $"{Field(change)} replaces the forwarding rule: users are refused until the new one serves"),
        DatabaseUserComponent.Type when change.Path == "properties.password"
            => (Disruption.Rotation, "the database user's password changes: connections already open keep working, new ones opened with the old URL fail until their revision rolls"),
        SecretComponent.SecretType when change.Path is "properties.secretId" or "properties.project" || change.Path.StartsWith("properties.replication", StringComparison.Ordinal)
            => (Disruption.Replace, "a secret's id, project and replication force a new secret (secretmanager/secret.d.ts)"),
        _ when change.Path is "properties.name" or "properties.project" or "properties.region" or "properties.location" or "properties.accountId"
            => (Disruption.Replace, "an identifying field: the object is replaced"),
        _ => (Disruption.InPlace, "updated in place"),
    };

    /// <summary>What creating or deleting a resource of <paramref name="type"/> does beyond the object itself.</summary>
    public static (Disruption Disruption, string Reason) OfWhole(string type, bool created) => (type, created) switch
    {
        (SecretComponent.VersionType, true) => (Disruption.Rotation, "a new value of the secret: the services that pin its version roll to it, each on its own"),
        (ServiceAccessComponent.InvokerType, _) => (Disruption.Reachability, created ? "a new invoker: it can call the service" : "an invoker removed: its requests are refused (403)"),
        (_, true) => (Disruption.Create, "created"),
        _ => (Disruption.Delete, "deleted (after the resources that used it are updated)"),
    };

    /// <summary>TPG google/services/vpcaccess/resource_vpc_access_connector.go: resourceVPCAccessConnectorUpdate PATCHes
    /// machineType, minInstances and maxInstances with an updateMask, and CustomizeDiff's customdiff.ForceNewIfChange
    /// replaces the connector only when min or max instances decrease (isInstanceShrinkage); name, network, ipCidrRange,
    /// subnet, region, project and throughputs are ForceNew. So a machine type change, either way, is in place.</summary>
    private static (Disruption, string) Connector(FieldChange change) => change.Path switch
    {
        "properties.minInstances" or "properties.maxInstances" when Number(change.After) < Number(change.Before)
            => (Disruption.Replace, $"{Field(change)} {change.Before} → {change.After} shrinks the connector, which GCP can only do by replacing it: deleted, then created (fixed name), an outage for every service attached (TPG isInstanceShrinkage)"),
        "properties.minInstances" or "properties.maxInstances" => (Disruption.InPlace, $"{Field(change)} {change.Before} → {change.After}: grows in place"),
        "properties.machineType" => (Disruption.InPlace, $"machineType {change.Before} → {change.After}: in place (PATCH)"),
        _ => (Disruption.Replace, $"{Field(change)} is ForceNew: the connector is deleted, then created"),
    };

    /// <summary>magic-modules compute/Subnetwork.yaml: ipCidrRange grows in place (expandIpCidrRange, a shorter prefix
    /// over the same start); name, network and region are immutable, so any other change of them replaces the subnet,
    /// which Cloud Run blocks while it holds addresses there (1-2 hours after the last service leaves).</summary>
    private static (Disruption, string) Subnet(FieldChange change) => change.Path switch
    {
        "properties.ipCidrRange" when Validation.Ipv4Cidr.Parse(change.Before ?? "", out _) is { } before
            && Validation.Ipv4Cidr.Parse(change.After ?? "", out _) is { } after
            && after.PrefixLength < before.PrefixLength && after.First == before.First
            => (Disruption.InPlace, $"ipCidrRange {change.Before} → {change.After}: expands in place"),
        "properties.ipCidrRange" or "properties.name" or "properties.network" or "properties.region" or "properties.project"
            => (Disruption.Replace, $"{Field(change)} replaces the subnet: deleted (refused while Cloud Run holds addresses in it), then created"),
        _ => (Disruption.InPlace, $"{Field(change)}: in place"),
    };

    /// <summary>Any template change makes a new revision that takes traffic once ready (rolling); traffic is a shift.</summary>
    private static (Disruption, string) Service(FieldChange change) => change.Path switch
    {
        "properties.template.serviceAccount"
            => (Disruption.NewRevision, $"identity {change.Before ?? "the account it runs as today"} → {change.After}: a new revision runs as it; if a grant is missing it fails to start and the old one keeps serving"),
        _ when change.Path.StartsWith("properties.template.", StringComparison.Ordinal) => (Disruption.NewRevision, "template change: a new revision, serving once ready (the old one serves until then)"),
        _ when change.Path.StartsWith("properties.traffics", StringComparison.Ordinal) => (Disruption.TrafficShift, "traffic moves between revisions; no new revision"),
        "properties.ingress" or "properties.invokerIamDisabled"
            => (Disruption.Reachability, $"{Field(change)} {change.Before ?? "unset"} → {change.After ?? "unset"}: who can reach the service changes at once"),
        _ when change.Path.StartsWith("properties.scaling.", StringComparison.Ordinal)
            => (Disruption.InPlace, $"{Field(change)} {change.Before ?? "unset"} → {change.After ?? "unset"}: service-level scaling, applied at once without a new revision (https://cloud.google.com/run/docs/configuring/max-instances#service-vs-revision-level)"),
        "properties.name" or "properties.location" or "properties.project" => (Disruption.Replace, $"{Field(change)}: the service is replaced"),
        _ => (Disruption.InPlace, $"{Field(change)}: in place"),
    };

    /// <summary>Restart-requiring flags and the tier restart the instance; identity fields replace it.</summary>
    private static (Disruption, string) Database(FieldChange change, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        if (change.Path.StartsWith("properties.settings.databaseFlags", StringComparison.Ordinal))
        {
            var (old, @new) = (Flags(before), Flags(after));
            var restarting = CloudSqlFlags.Allowed.Values.Where(f => f.RequiresRestart && old.GetValueOrDefault(f.Name) != @new.GetValueOrDefault(f.Name))
                .Select(f => $"{f.Name} {old.GetValueOrDefault(f.Name) ?? "default"} → {@new.GetValueOrDefault(f.Name) ?? "default"}").ToList();
            return restarting.Count > 0
                ? (Disruption.Restart, $"{string.Join(", ", restarting)}: a restart-requiring flag, the instance restarts (minutes without database)")
                : (Disruption.InPlace, "flags that reload in place");
        }

        return change.Path switch
        {
            "properties.settings.tier" => (Disruption.Restart, "a tier change restarts the instance"),
            "properties.settings.ipConfiguration.ipv4Enabled" when change.After == "false"
                => (Disruption.Reachability, "the instance's public IP is released: whoever connects over it (gcloud sql connect, an authorized network) is refused from then on; the services' private IP is unchanged"),
            "properties.settings.backupConfiguration.pointInTimeRecoveryEnabled" when change.After == "true"
                => (Disruption.Restart, "enabling point-in-time recovery on an existing instance restarts it (\"Will restart database if enabled after instance creation\", sql DatabaseInstanceSettingsBackupConfiguration)"),
            "properties.name" or "properties.region" or "properties.project" or "properties.databaseVersion"
                => (Disruption.Replace, $"{Field(change)} would replace the instance: refused by protect"),
            _ => (Disruption.InPlace, $"{Field(change)}: in place"),
        };
    }

    /// <summary>The database flags as name → value, read back from the flattened `databaseFlags[name].value` fields.</summary>
    private static Dictionary<string, string> Flags(IReadOnlyDictionary<string, string> fields)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, value) in fields)
        {
            if (FlagValuePath().Match(path) is { Success: true } flag)
            {
                flags[flag.Groups["name"].Value] = value;
            }
        }

        return flags;
    }

    private static string Field(FieldChange change) => change.Path.StartsWith("properties.", StringComparison.Ordinal) ? change.Path["properties.".Length..] : change.Path;

    private static long Number(string? text) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(@"^properties\.settings\.databaseFlags\[(?<name>[^\]]+)\]\.value$")]
    private static partial Regex FlagValuePath();
}
