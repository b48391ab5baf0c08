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
        context.InRange(DiagnosticCodes.SqlConnectionBudget, "database.connectionReserve", database.ConnectionReserve, new IntRange(3, 1000),
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
                var ceiling = CloudSqlTiers.MaxConnections(memory);
                var connections = int.Parse(value, CultureInfo.InvariantCulture);
                if (connections > ceiling)
                {
                    context.Error(DiagnosticCodes.SqlMaxConnectionsAboveTier, key,
                        $"{connections} is above what tier {context.Environment.Database.Tier} allows: at most {ceiling} connections with {memory / 1000.0:0.##} GB of memory (https://cloud.google.com/sql/docs/postgres/quotas#cloud-sql-for-postgresql-connection-limits; the API answers invalidFlagValue); lower the pools first, or move to a larger tier");
                }
            }
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
