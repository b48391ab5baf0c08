namespace Netra.Infra.Model;

/// <summary>The Cloud SQL instance's fixed facts. Flags common to every profile are in <see cref="Flags"/>;
/// <see cref="User"/> is the application's database user, whose password this program generates.
/// <see cref="Ipv4Enabled"/>: whether the instance keeps a public IPv4 address beside its private one (CIS GCP 6.6 wants
/// none; record 004's `gcloud sql connect` reaches the instance over it).</summary>
public sealed record DatabaseSpec(
    string Name,
    string DatabaseVersion,
    string Tier,
    string Edition,
    string AvailabilityType,
    string SslMode,
    int ConnectionReserve,
    IReadOnlyDictionary<string, string> Flags,
    string User,
    string DatabaseName,
    BackupSpec Backups,
    MaintenanceWindowSpec? MaintenanceWindow,
    bool Ipv4Enabled = false);
