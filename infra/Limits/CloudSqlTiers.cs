using System.Globalization;
using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>
/// Cloud SQL machine tiers and their default connection limits. The table by memory of
/// https://cloud.google.com/sql/docs/postgres/quotas (connection limits) is what max_connections is when the flag is
/// unset, not a ceiling: the flag itself takes 14..262143 (Limits/CloudSqlFlags.cs) and raising it is "not a hard
/// limit ... change it by updating the max_connections database flag" (Gleb Otochkin, Google Cloud, "Demystifying
/// max connections limit in Cloud SQL for PostgreSQL"). Confirm a tier's live value with `gcloud sql instances describe`.
/// </summary>
public static partial class CloudSqlTiers
{
    /// <summary>(memory below which the row applies in MB, default max_connections); the last row is open-ended.</summary>
    private static readonly (int BelowMb, int MaxConnections)[] DefaultConnectionsByMemory =
    [
        (1_000, 25),      // 0.6 GB (db-f1-micro)
        (3_750, 50),      // 1.7 GB (db-g1-small)
        (6_000, 100),     // 3.75 GB to < 6 GB
        (7_500, 200),     // 6 GB to < 7.5 GB
        (15_000, 400),    // 7.5 GB to < 15 GB
        (30_000, 500),    // 15 GB to < 30 GB
        (60_000, 600),    // 30 GB to < 60 GB
        (120_000, 800),   // 60 GB to < 120 GB
        (int.MaxValue, 1000),
    ];

    public static readonly TextChoice DatabaseVersions = new(
        ["POSTGRES_14", "POSTGRES_15", "POSTGRES_16", "POSTGRES_17"],
        "@pulumi/gcp 9.37.0 sql DatabaseInstance.databaseVersion (the PostgreSQL versions this program sizes)");

    /// <summary>ENTERPRISE accepts shared-core and custom tiers; ENTERPRISE_PLUS only db-perf-optimized-N-*
    /// (@pulumi/gcp 9.37.0 sql DatabaseInstanceSettings.edition).</summary>
    public static readonly TextChoice Editions = new(
        ["ENTERPRISE", "ENTERPRISE_PLUS"],
        "@pulumi/gcp 9.37.0 sql DatabaseInstanceSettings.edition");

    public static readonly TextChoice AvailabilityTypes = new(
        ["ZONAL", "REGIONAL"],
        "@pulumi/gcp 9.37.0 sql DatabaseInstanceSettings.availabilityType");

    public static readonly TextChoice SslModes = new(
        ["ALLOW_UNENCRYPTED_AND_ENCRYPTED", "ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"],
        "@pulumi/gcp 9.37.0 sql DatabaseInstanceSettingsIpConfiguration.sslMode");

    public const string TierForms = "db-f1-micro, db-g1-small, db-custom-<vCPUs>-<MB>, db-n1-standard-<vCPUs>, db-n1-highmem-<vCPUs>";

    [GeneratedRegex("^db-custom-(?<cpu>[0-9]+)-(?<mb>[0-9]+)$")]
    private static partial Regex CustomTier();

    [GeneratedRegex("^db-n1-(?<family>standard|highmem)-(?<cpu>[0-9]+)$")]
    private static partial Regex N1Tier();

    /// <summary>The tier's memory in MB, or null for a tier name we cannot read.</summary>
    public static int? MemoryMb(string tier)
    {
        switch (tier)
        {
            case "db-f1-micro":
                return 614;
            case "db-g1-small":
                return 1_740;
        }

        var custom = CustomTier().Match(tier);
        if (custom.Success)
        {
            return int.Parse(custom.Groups["mb"].Value, CultureInfo.InvariantCulture);
        }

        var n1 = N1Tier().Match(tier);
        if (n1.Success)
        {
            var cpus = int.Parse(n1.Groups["cpu"].Value, CultureInfo.InvariantCulture);
            return n1.Groups["family"].Value == "standard" ? cpus * 3_750 : cpus * 6_500;
        }

        return null;
    }

    /// <summary>The dedicated vCPUs of a custom or N1 tier; null for shared-core tiers and names we cannot read.</summary>
    public static int? VCpus(string tier)
    {
        var match = CustomTier().Match(tier) is { Success: true } custom ? custom : N1Tier().Match(tier);
        return match.Success ? int.Parse(match.Groups["cpu"].Value, CultureInfo.InvariantCulture) : null;
    }

    public static bool IsSharedCore(string tier) => tier is "db-f1-micro" or "db-g1-small";

    /// <summary>max_connections of an instance with this memory when the flag is not set.</summary>
    public static int DefaultMaxConnections(int memoryMb) =>
        DefaultConnectionsByMemory.First(row => memoryMb < row.BelowMb).MaxConnections;
}
