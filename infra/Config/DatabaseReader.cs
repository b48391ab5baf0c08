using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads the `database` section of an environment file.</summary>
public static class DatabaseReader
{
    public static DatabaseSpec Read(YamlMap? map, HashSet<string> broken)
    {
        if (map is null)
        {
            return new DatabaseSpec("", "", "", "", "", "", 0, new Dictionary<string, string>(), "", "", new BackupSpec(false, "", false, 0, 0), null);
        }

        var before = map.FindingCount;
        var spec = new DatabaseSpec(
            map.String("name", required: true, CloudSqlNames.Instance) ?? "",
            map.String("databaseVersion", required: true, CloudSqlTiers.DatabaseVersions) ?? "",
            map.String("tier", required: true) ?? "",
            map.String("edition", required: true, CloudSqlTiers.Editions) ?? "",
            map.String("availabilityType", required: true, CloudSqlTiers.AvailabilityTypes) ?? "",
            map.String("sslMode", required: true, CloudSqlTiers.SslModes) ?? "",
            map.Int("connectionReserve", required: true, ConnectionPoolLimits.Reserve) ?? 0,
            ReadFlags(map.Map("flags")),
            map.String("user", required: true, CloudSqlNames.Identifier) ?? "",
            map.String("databaseName", required: true, CloudSqlNames.Identifier) ?? "",
            ReadBackups(map.Map("backups", required: true)),
            ReadMaintenanceWindow(map.Map("maintenanceWindow")),
            map.Bool("ipv4Enabled", required: true) ?? false);
        map.RejectUnknownKeys();
        map.MarkBrokenSince(before, broken);

        return spec;
    }

    private static BackupSpec ReadBackups(YamlMap? map)
    {
        if (map is null)
        {
            return new BackupSpec(false, "", false, 0, 0);
        }

        var backups = new BackupSpec(
            map.Bool("enabled", required: true) ?? false,
            map.String("startTime", required: true) ?? "",
            map.Bool("pointInTimeRecovery", required: true) ?? false,
            map.Int("retainedBackups", required: true, CloudSqlBackupLimits.RetainedBackups) ?? 0,
            map.Int("transactionLogRetentionDays", required: true) ?? 0);
        map.RejectUnknownKeys();
        return backups;
    }

    private static MaintenanceWindowSpec? ReadMaintenanceWindow(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var window = new MaintenanceWindowSpec(map.Int("day", required: true, CloudSqlBackupLimits.Day) ?? 0, map.Int("hour", required: true, CloudSqlBackupLimits.Hour) ?? 0, map.String("updateTrack", required: true, CloudSqlBackupLimits.UpdateTracks) ?? "");
        map.RejectUnknownKeys();
        return window;
    }

    /// <summary>Flags as a name → value map; values stay strings, as the Cloud SQL API takes them.</summary>
    public static IReadOnlyDictionary<string, string> ReadFlags(YamlMap? map)
    {
        var flags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return flags;
        }

        foreach (var (name, value) in map.ScalarEntries())
        {
            flags[name] = value;
        }

        return flags;
    }
}
