using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// The Cloud SQL for PostgreSQL instance. It is stateful, so it is guarded three ways: Pulumi `protect`,
/// the provider's `deletionProtection`, and the API's own `deletionProtectionEnabled`, which also stops
/// deletion from the console and gcloud (TPG#12890).
/// </summary>
public static class CloudSqlInstanceComponent
{
    public const string Type = "gcp:sql:DatabaseInstance";

    public const string LogicalName = "database-instance";

    /// <summary>The import id, in the provider's documented form (sql/databaseInstance.d.ts, "Import").</summary>
    public static string ImportId(GcpLocation location, string name) => $"projects/{location.Project}/instances/{name}";

    public static ResourceDeclaration Declare(
        GcpLocation location,
        DatabaseSpec database,
        IReadOnlyDictionary<string, string> flags,
        IReadOnlyList<string> notes,
        ReferenceValue provider)
    {
        // The list is authoritative: a flag missing here is reset to its default, as `gcloud sql instances
        // patch --database-flags` would do. Sorted by name, because order once caused phantom diffs (TPG#13663).
        var databaseFlags = new ListValue();
        foreach (var (name, value) in flags.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            databaseFlags.Add(new MapValue { { "name", name }, { "value", value } });
        }

        var settings = new MapValue
        {
            { "tier", database.Tier },
            { "edition", database.Edition },
            { "availabilityType", database.AvailabilityType },
            { "deletionProtectionEnabled", true },
            {
                "ipConfiguration", new MapValue
                {
                    // The private IP on the environment's network (its peering exists and is not ours), and the public one
                    // only while the data keeps it: removing it is the one-time step database-private-ip-only.
                    { "ipv4Enabled", database.Ipv4Enabled },
                    { "privateNetwork", location.NetworkId },
                    { "sslMode", database.SslMode },
                }
            },
            { "databaseFlags", databaseFlags },
            {
                "backupConfiguration", new MapValue
                {
                    { "enabled", database.Backups.Enabled },
                    { "startTime", database.Backups.StartTime },
                    // Enabling it on an existing instance restarts it ("Will restart database if enabled after instance
                    // creation", sql DatabaseInstanceSettingsBackupConfiguration): the plan shows it as a restart.
                    { "pointInTimeRecoveryEnabled", database.Backups.PointInTimeRecovery },
                    { "transactionLogRetentionDays", database.Backups.TransactionLogRetentionDays },
                    { "backupRetentionSettings", new MapValue { { "retainedBackups", database.Backups.RetainedBackups }, { "retentionUnit", "COUNT" } } },
                }
            },
        };
        if (database.MaintenanceWindow is { } window)
        {
            settings.Add("maintenanceWindow", new MapValue { { "day", window.Day }, { "hour", window.Hour }, { "updateTrack", window.UpdateTrack } });
        }

        return new ResourceDeclaration(
            LogicalName,
            Type,
            new MapValue
            {
                { "name", database.Name },
                { "project", location.Project },
                { "region", location.Region },
                { "databaseVersion", database.DatabaseVersion },
                { "deletionProtection", true },
                { "settings", settings },
            },
            // retainOnDelete: should the instance ever leave the program (or `pulumi destroy` run with protect
            // lifted), Pulumi forgets it instead of deleting the data.
            new ResourceOptions { Provider = provider, Protect = true, RetainOnDelete = true },
            notes);
    }
}
