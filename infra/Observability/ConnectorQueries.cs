using System.Globalization;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// PromQL over the connectors of a profile, one clause per connector at that connector's own numbers, joined with
/// `or` so that one condition watches them all, the standby included. Cloud Monitoring names a metric in PromQL with
/// its domain's dots and its path's slashes as underscores, the first slash a colon
/// (vpcaccess_googleapis_com:connector_instances), and its monitored resource as `monitored_resource`
/// (https://cloud.google.com/monitoring/promql/promql-mapping).
/// </summary>
public static class ConnectorQueries
{
    public const string Instances = "vpcaccess_googleapis_com:connector_instances";
    public const string SentBytes = "vpcaccess_googleapis_com:connector_sent_bytes_count";
    public const string ReceivedBytes = "vpcaccess_googleapis_com:connector_received_bytes_count";

    /// <summary>The profile's connectors, in a stable order, with what the data says of each.</summary>
    public static IReadOnlyList<(ConnectorSpec Spec, ConnectorCapacity Capacity)> Of(EnvironmentSpec environment, ProfileSpec profile) =>
        profile.Connectors.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Where(c => environment.Connectors.ContainsKey(c.Key))
            .Select(c => (environment.Connectors[c.Key], c.Value))
            .ToList();

    /// <summary>
    /// A connector at its maximum instances that changed within the window: it just reached it. A connector never scales
    /// in (https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling), so once the window has passed the series ends
    /// and the incident closes, instead of staying open until the connector is recreated.
    /// </summary>
    public static string ReachedMaximum(EnvironmentSpec environment, ProfileSpec profile, int windowSeconds) =>
        string.Join(" or ", Of(environment, profile).Select(c =>
            $"(max by (connector_name) ({Selector(Instances, c.Spec.Name)}) >= {c.Capacity.MaxInstances} and on (connector_name) max by (connector_name) (changes({Selector(Instances, c.Spec.Name)}[{Minutes(windowSeconds)}])) > 0)"));

    /// <summary>A connector's traffic, sent and received, in Mbps (bytes per second × 8 / 1e6) above
    /// <paramref name="fraction"/> of its ceiling at its maximum instances (VpcConnectorLimits.CeilingMbps).</summary>
    public static string Throughput(EnvironmentSpec environment, ProfileSpec profile, int windowSeconds, decimal fraction) =>
        string.Join(" or ", Of(environment, profile)
            .Where(c => VpcConnectorLimits.CeilingMbps(c.Capacity.MachineType, c.Capacity.MaxInstances) is not null)
            .Select(c =>
            {
                var range = Minutes(windowSeconds);
                var limit = ThroughputLimitMbps(c.Capacity, fraction);
                return $"((sum by (connector_name) (rate({Selector(SentBytes, c.Spec.Name)}[{range}])) + sum by (connector_name) (rate({Selector(ReceivedBytes, c.Spec.Name)}[{range}]))) * 8 / 1000000 > {limit.ToString(CultureInfo.InvariantCulture)})";
            }));

    /// <summary>The Mbps above which a connector's traffic alerts: the fraction of its ceiling, in whole Mbps.</summary>
    public static int ThroughputLimitMbps(ConnectorCapacity capacity, decimal fraction) =>
        (int)decimal.Floor(fraction * (VpcConnectorLimits.CeilingMbps(capacity.MachineType, capacity.MaxInstances) ?? 0));

    private static string Selector(string metric, string connector) => $"{metric}{{monitored_resource=\"vpc_access_connector\",connector_name=\"{connector}\"}}";

    private static string Minutes(int seconds) => $"{seconds / 60}m";
}
