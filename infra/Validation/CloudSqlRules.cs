using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>Cloud SQL rules: the instance's settings, the flag allow-list and ranges, and the tier's connection ceiling.</summary>
public static class CloudSqlRules
{
    public static void Check(ValidationContext context)
    {
        var database = context.Environment.Database;
        if (context.IsBroken("database"))
        {
            return;
        }

        OneOf(context, "database.databaseVersion", database.DatabaseVersion, CloudSqlTiers.DatabaseVersions);
        OneOf(context, "database.edition", database.Edition, CloudSqlTiers.Editions);
        OneOf(context, "database.availabilityType", database.AvailabilityType, CloudSqlTiers.AvailabilityTypes);
        OneOf(context, "database.sslMode", database.SslMode, CloudSqlTiers.SslModes);
        context.InRange(DiagnosticCodes.SqlConnectionBudget, "database.connectionReserve", database.ConnectionReserve, ConnectionPoolLimits.Reserve,
            "connections kept free for cloudsqladmin and superuser_reserved_connections (PostgreSQL default 3), which Cloud SQL does not let us change");

        var memoryMb = CloudSqlTiers.MemoryMb(database.Tier);
        if (memoryMb is null)
        {
            context.Error(DiagnosticCodes.SqlTier, "database.tier", $"'{database.Tier}' is not a tier this program can size (allowed forms: {CloudSqlTiers.TierForms})");
        }
        else if (database.Edition == "ENTERPRISE_PLUS")
        {
            context.Error(DiagnosticCodes.SqlTier, "database.tier",
                $"'{database.Tier}' is not available on ENTERPRISE_PLUS, which takes db-perf-optimized-N-* tiers only (\"Invalid Tier … for (ENTERPRISE_PLUS) Edition\")");
        }
        else if (CloudSqlTiers.IsSharedCore(database.Tier))
        {
            context.Warning(DiagnosticCodes.SqlTier, "database.tier", $"'{database.Tier}' is shared-core: outside the Cloud SQL SLA (https://cloud.google.com/sql/docs/postgres/operational-guidelines)");
        }

        CheckBackups(context, database);
        CheckSsl(context, database);
        CheckFlags(context, "database.flags", database.Flags, memoryMb);
        foreach (var profile in context.Environment.Profiles.Values)
        {
            CheckFlags(context, $"profiles.{profile.Name}.database.flags", profile.DatabaseFlags, memoryMb);
        }
    }

    private static void CheckFlags(ValidationContext context, string path, IReadOnlyDictionary<string, string> flags, int? memoryMb)
    {
        foreach (var (name, value) in flags)
        {
            var key = $"{path}.{name}";
            if (CloudSqlFlags.NotCloudSqlFlags.TryGetValue(name, out var why))
            {
                context.Error(DiagnosticCodes.SqlUnknownFlag, key, $"'{name}' cannot be set: {why}");
                continue;
            }

            if (!CloudSqlFlags.Allowed.TryGetValue(name, out var flag))
            {
                context.Error(DiagnosticCodes.SqlUnknownFlag, key,
                    $"'{name}' is not a flag this program allows (allowed: {string.Join(", ", CloudSqlFlags.Allowed.Keys.Order(StringComparer.Ordinal))}; add it to Limits/CloudSqlFlags.cs with its source)");
                continue;
            }

            if (!InRange(flag, value))
            {
                context.Error(DiagnosticCodes.SqlFlagValue, key, $"'{value}' is out of range {flag.RangeText} (Cloud SQL takes plain values in PostgreSQL's base unit, no suffixes)");
                continue;
            }

            if (name == "max_connections" && memoryMb is { } memory)
            {
                // The quotas page's table by memory is Cloud SQL's default, not a ceiling: the flag takes the range
                // above. Each connection is a PostgreSQL process with its own memory, so say so above the default.
                var standard = CloudSqlTiers.DefaultMaxConnections(memory);
                var connections = int.Parse(value, CultureInfo.InvariantCulture);
                if (connections > standard)
                {
                    context.Warning(DiagnosticCodes.SqlMaxConnectionsAboveDefault, key,
                        $"{connections} is above Cloud SQL's default of {standard} for {memory / 1000.0:0.##} GB of memory (https://cloud.google.com/sql/docs/postgres/quotas, connection limits); each connection is a process with its own memory (https://cloud.google.com/sql/docs/postgres/manage-memory-usage-best-practices): lower the pools first, and watch database/memory/components.usage");
                }
            }
        }
    }

    private static void CheckBackups(ValidationContext context, DatabaseSpec database)
    {
        var backups = database.Backups;
        if (!CloudSqlBackupLimits.StartTime().IsMatch(backups.StartTime))
        {
            context.Error(DiagnosticCodes.SqlInstance, "database.backups.startTime", $"'{backups.StartTime}' is not HH:MM (UTC), the form Cloud SQL takes");
        }

        context.InRange(DiagnosticCodes.SqlInstance, "database.backups.retainedBackups", backups.RetainedBackups, CloudSqlBackupLimits.RetainedBackups,
            "automated backups kept, counted");
        context.InRange(DiagnosticCodes.SqlInstance, "database.backups.transactionLogRetentionDays", backups.TransactionLogRetentionDays,
            database.Edition == "ENTERPRISE_PLUS" ? CloudSqlBackupLimits.TransactionLogDaysEnterprisePlus : CloudSqlBackupLimits.TransactionLogDaysEnterprise,
            $"days of transaction logs kept for point-in-time recovery on {database.Edition}");
        if (backups.PointInTimeRecovery && !backups.Enabled)
        {
            context.Error(DiagnosticCodes.SqlInstance, "database.backups.pointInTimeRecovery",
                "point-in-time recovery replays transaction logs onto a backup: it needs backups enabled");
        }

        if (database.AvailabilityType == "REGIONAL" && !(backups.Enabled && backups.PointInTimeRecovery))
        {
            context.Error(DiagnosticCodes.SqlInstance, "database.availabilityType",
                "REGIONAL (high availability) needs backups and, for PostgreSQL, point-in-time recovery enabled (sql DatabaseInstanceSettings.availabilityType)");
        }

        if (database.MaintenanceWindow is { } window)
        {
            context.InRange(DiagnosticCodes.SqlInstance, "database.maintenanceWindow.day", window.Day, CloudSqlBackupLimits.Day, "1 is Monday, 7 Sunday");
            context.InRange(DiagnosticCodes.SqlInstance, "database.maintenanceWindow.hour", window.Hour, CloudSqlBackupLimits.Hour, "the hour in UTC");
            OneOf(context, "database.maintenanceWindow.updateTrack", window.UpdateTrack, CloudSqlBackupLimits.UpdateTracks);
        }
    }

    /// <summary>
    /// TRUSTED_CLIENT_CERTIFICATE_REQUIRED (what the legacy `requireSsl: true` means) refuses a connection without a
    /// client certificate; the services connect with a password URL over the private address, which has none.
    /// </summary>
    private static void CheckSsl(ValidationContext context, DatabaseSpec database)
    {
        var readers = context.Environment.Services.Values
            .Where(s => s.SecretEnv.Values.Any(secret => context.Environment.Secrets.TryGetValue(secret, out var spec) && spec.Source == SecretSource.DatabaseUrl))
            .Select(s => s.Name)
            .ToList();
        if (database.SslMode == "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" && readers.Count > 0)
        {
            context.Error(DiagnosticCodes.SqlInstance, "database.sslMode",
                $"TRUSTED_CLIENT_CERTIFICATE_REQUIRED refuses connections without a client certificate, and {string.Join(", ", readers)} connect with a password URL over the private address (no certificate, no Cloud SQL Auth Proxy): use ENCRYPTED_ONLY (encrypted, no client certificate), or connect through the Auth Proxy first");
        }
    }

    private static bool InRange(SqlFlag flag, string value) => flag.Kind switch
    {
        SqlFlagKind.OnOff => value is "on" or "off",
        SqlFlagKind.Integer => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= flag.Min && number <= flag.Max,
        _ => decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var real) && real >= flag.Min && real <= flag.Max,
    };

    private static void OneOf(ValidationContext context, string path, string value, IReadOnlyList<string> allowed)
    {
        if (!allowed.Contains(value))
        {
            context.Error(DiagnosticCodes.SqlInstance, path, $"'{value}' is not one of {string.Join(", ", allowed)}");
        }
    }
}
