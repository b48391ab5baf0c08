using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>A Serverless VPC Access connector (primary or standby) of one profile.</summary>
public static class VpcConnectorComponent
{
    public const string Type = "gcp:vpcaccess:Connector";

    public static string LogicalName(string role) => $"{role}-connector";

    /// <summary>The import id, in the provider's documented form (vpcaccess/connector.d.ts, "Import").</summary>
    public static string ImportId(GcpLocation location, string name) => $"projects/{location.Project}/locations/{location.Region}/connectors/{name}";

    public static ResourceDeclaration Declare(GcpLocation location, ConnectorSpec connector, ConnectorCapacity capacity, ReferenceValue provider) => new(
        LogicalName(connector.Role),
        Type,
        new MapValue
        {
            { "name", connector.Name },
            { "project", location.Project },
            { "region", location.Region },
            { "network", location.Network },
            { "ipCidrRange", connector.IpCidrRange },
            { "machineType", capacity.MachineType },
            // Instance counts only, never throughput: the two families conflict, and the API now rejects a
            // connector without max instances or throughput (cloud-foundation-fabric#2706).
            { "minInstances", capacity.MinInstances },
            { "maxInstances", capacity.MaxInstances },
        },
        new ResourceOptions
        {
            Provider = provider,
            // The name is fixed, so a replacement must delete first; said explicitly so that every plan shows it.
            DeleteBeforeReplace = true,
        },
        [
            $"{connector.Role} connector: {capacity.MachineType}, {capacity.MinInstances}..{capacity.MaxInstances} instances on {connector.IpCidrRange}.",
            "Growing min/max or the machine type updates in place; lowering min/max replaces the connector (delete, then create).",
        ]);
}
