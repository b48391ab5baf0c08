namespace Netra.Infra.Model;

/// <summary>
/// A Secret Manager secret the services read. <see cref="Length"/> applies to random secrets.
/// <see cref="Replicas"/>: the regions of a user-managed replication, or null for automatic replication (Google
/// chooses; what `gcloud secrets create` makes by default). A secret's replication never changes after it is created.
/// </summary>
public sealed record SecretSpec(string Name, SecretSource Source, int Length, IReadOnlyList<string>? Replicas = null)
{
    public const string Automatic = "automatic";
}
