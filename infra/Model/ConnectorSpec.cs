namespace Netra.Infra.Model;

/// <summary>
/// The fixed facts of a Serverless VPC Access connector: its role in the environment (`primary`,
/// `standby`), its GCP name and its dedicated /28. Capacity is per profile.
/// </summary>
public sealed record ConnectorSpec(string Role, string Name, string IpCidrRange);
