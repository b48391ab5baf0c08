namespace Netra.Infra.Limits;

/// <summary>
/// Uptime checks' rules (@pulumi/gcp 9.37.0 monitoring/uptimeCheckConfig.d.ts; magic-modules
/// mmv1/products/monitoring/UptimeCheckConfig.yaml; https://cloud.google.com/monitoring/uptime-checks/introduction).
/// </summary>
public static class UptimeCheckLimits
{
    /// <summary>"Currently, the only supported values are 60s (1 minute), 300s (5 minutes), 600s (10 minutes), and 900s
    /// (15 minutes)" (UptimeCheckConfig.period). The period is immutable: a change replaces the check.</summary>
    public static readonly IntChoice PeriodsSeconds = new([60, 300, 600, 900], "@pulumi/gcp 9.37.0 monitoring UptimeCheckConfig.period");

    /// <summary>"The maximum amount of time to wait for the request to complete (must be between 1 and 60 seconds)"
    /// (UptimeCheckConfig.timeout).</summary>
    public static readonly IntRange TimeoutSeconds = new(1, 60, "@pulumi/gcp 9.37.0 monitoring UptimeCheckConfig.timeout");

    /// <summary>The checker regions (Monitoring API v3, UptimeCheckRegion) and how many checkers each has: "The uptime-check
    /// region USA includes the USA_OREGON, USA_IOWA, and USA_VIRGINIA regions. Each of the USA_* regions has one checker,
    /// and USA includes all three. The other uptime-check regions, EUROPE, SOUTH_AMERICA, and ASIA_PACIFIC, each have one
    /// checker" (uptime-checks/introduction). Each maps to the checkers it contains, so overlapping regions count once.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Checkers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["USA"] = ["USA_OREGON", "USA_IOWA", "USA_VIRGINIA"],
        ["USA_OREGON"] = ["USA_OREGON"],
        ["USA_IOWA"] = ["USA_IOWA"],
        ["USA_VIRGINIA"] = ["USA_VIRGINIA"],
        ["EUROPE"] = ["EUROPE"],
        ["SOUTH_AMERICA"] = ["SOUTH_AMERICA"],
        ["ASIA_PACIFIC"] = ["ASIA_PACIFIC"],
    };

    /// <summary>"When you create an uptime check, you must specify at least three checkers" (uptime-checks/introduction);
    /// "enough regions to include a minimum of 3 locations must be provided, or an error message is returned"
    /// (UptimeCheckConfig.selectedRegions).</summary>
    public const int MinimumCheckers = 3;

    /// <summary>The distinct checkers a list of regions runs from (USA and USA_IOWA together are three, not four).</summary>
    public static IReadOnlyList<string> CheckersOf(IEnumerable<string> regions) =>
        regions.Where(Checkers.ContainsKey).SelectMany(r => Checkers[r]).Distinct(StringComparer.Ordinal).ToList();
}
