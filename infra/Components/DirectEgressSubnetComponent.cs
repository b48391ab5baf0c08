using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// The subnet Cloud Run's direct egress takes its addresses from. Declared in every profile once any profile uses it:
/// no step waits for it, and none deletes it, which Cloud Run would refuse for 1-2 hours after the last service
/// leaves it (https://cloud.google.com/run/docs/configuring/vpc-direct-vpc, "Delete a subnet").
/// </summary>
public static class DirectEgressSubnetComponent
{
    public const string Type = "gcp:compute:Subnetwork";

    public const string LogicalName = "direct-egress-subnet";

    public static ResourceDeclaration Declare(GcpLocation location, DirectEgressSpec direct, ReferenceValue provider)
    {
        var properties = new MapValue
        {
            { "name", direct.Subnet },
            { "project", location.Project },
            { "region", location.Region },
            { "network", location.Network },
            { "ipCidrRange", direct.IpCidrRange },
        };
        if (direct.FlowLogs is { } logs)
        {
            // VPC flow logs from its creation (CIS GCP 3.8): what the backend's instances send and receive through it.
            properties.Add("logConfig", new MapValue
            {
                { "aggregationInterval", logs.AggregationInterval },
                { "flowSampling", new DecimalValue(logs.FlowSampling) },
                { "metadata", logs.Metadata },
            });
        }

        return new(
        LogicalName,
        Type,
        properties,
        new ResourceOptions { Provider = provider },
        [
            $"Direct VPC egress: Cloud Run instances take addresses from {direct.IpCidrRange} (about two per instance, reserved 16 at a time).",
            "Growing the range (a shorter prefix) is in place; any other change replaces the subnet, which Cloud Run blocks while it holds addresses.",
        ]);
    }

    /// <summary>What a service's network interface names: the declared subnet (so Pulumi creates it first), or the
    /// existing one by name.</summary>
    public static PropertyValue Subnetwork(DirectEgressSpec direct) =>
        direct.Existing ? new StringValue(direct.Subnet) : new ReferenceValue(LogicalName, "name");
}
