namespace Netra.Infra.Model;

/// <summary>
/// The route to the internet of the environment's network in its region: a Cloud Router with a Cloud NAT
/// gateway. Services with all-traffic egress send their calls to external APIs through their connector into
/// the network, and only NAT takes them on from there. <see cref="Existing"/>: another owner has it (stated,
/// not declared here; the names are then for reference only, empty when unknown). This program creates it, with
/// these names, only when it does not exist and some profile sends traffic to the internet through a connector,
/// and then in every profile, so that no incident step waits for it.
/// </summary>
public sealed record CloudNatSpec(string Router, string Name, bool Existing);
