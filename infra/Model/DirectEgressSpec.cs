namespace Netra.Infra.Model;

/// <summary>
/// Direct VPC egress: Cloud Run instances take addresses in <see cref="Subnet"/> of the environment's network, with no
/// connector VMs between them and the network, so the route scales with the instances themselves
/// (https://cloud.google.com/run/docs/configuring/vpc-direct-vpc). <see cref="Existing"/>: the subnet is someone
/// else's (stated, not declared); otherwise this program declares it, in every profile once any profile uses it, so
/// that no step waits for it and none deletes it while Cloud Run still holds its addresses (1-2 hours after a service
/// leaves it). <see cref="Tags"/> are the network tags the services' interfaces carry, for egress firewall rules.
/// <see cref="FlowLogs"/>: the flow logs a subnet this program declares is created with (required then).
/// </summary>
public sealed record DirectEgressSpec(string Subnet, string IpCidrRange, bool Existing, IReadOnlyList<string> Tags, FlowLogSpec? FlowLogs = null);
