using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// The network's route to the internet in the region: a Cloud Router and its Cloud NAT. Declared in every profile,
/// so that moving a service to all-traffic egress in an incident never waits for it to be created.
/// </summary>
public static class CloudNatComponent
{
    public const string RouterType = "gcp:compute:Router";
    public const string NatType = "gcp:compute:RouterNat";
    public const string RouterName = "internet-router";
    public const string NatName = "internet-nat";

    /// <summary>
    /// Ports per connector instance: every outbound connection of every service on a connector leaves through its
    /// few instances, so the static default (64 per VM) runs out first. Dynamic allocation starts at 64 and grows
    /// to 65,536 per VM (compute/routerNat.d.ts: powers of two; exclusive with endpoint-independent mapping).
    /// </summary>
    public const int MinPortsPerVm = 64;
    public const int MaxPortsPerVm = 65536;

    public static IReadOnlyList<ResourceDeclaration> Declare(GcpLocation location, CloudNatSpec nat, ReferenceValue provider)
    {
        var options = new ResourceOptions { Provider = provider };
        var router = new ResourceDeclaration(
            RouterName,
            RouterType,
            new MapValue
            {
                { "name", nat.Router },
                { "project", location.Project },
                { "region", location.Region },
                { "network", location.Network },
            },
            options,
            [$"Cloud Router {nat.Router} on {location.Network} in {location.Region}: holds the NAT below."]);
        var gateway = new ResourceDeclaration(
            NatName,
            NatType,
            new MapValue
            {
                { "name", nat.Name },
                { "project", location.Project },
                { "region", location.Region },
                { "router", new ReferenceValue(RouterName, "name") },
                { "natIpAllocateOption", CloudNatLimits.AddressAllocation },
                { "sourceSubnetworkIpRangesToNat", CloudNatLimits.SourceRanges },
                { "enableDynamicPortAllocation", true },
                { "enableEndpointIndependentMapping", false },
                { "minPortsPerVm", MinPortsPerVm },
                { "maxPortsPerVm", MaxPortsPerVm },
                // Dropped connections (port exhaustion) are logged, so an egress failure is visible in Logging.
                { "logConfig", new MapValue { { "enable", true }, { "filter", "ERRORS_ONLY" } } },
            },
            options,
            [
                $"Cloud NAT {nat.Name}: the internet route of services with all-traffic egress (their connector sends everything into {location.Network}).",
                $"All subnetworks' ranges, because the connectors' ranges cannot be listed in a NAT; ports per VM {MinPortsPerVm}..{MaxPortsPerVm} (dynamic).",
            ]);
        return [router, gateway];
    }
}
