namespace Netra.Infra.Model;

/// <summary>
/// The route to the internet of the environment's network in its region: a Cloud Router with a Cloud NAT
/// gateway. Services with all-traffic egress send their calls to external APIs through their connector into
/// the network, and only NAT takes them on from there. <see cref="Existing"/>: another owner has it (stated,
/// not declared here).
/// </summary>
public sealed record CloudNatSpec(string Router, string Name, bool Existing);
