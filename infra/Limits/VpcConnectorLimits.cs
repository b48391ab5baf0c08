using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>
/// Serverless VPC Access connector limits. The provider validates none of these (TPG
/// google/services/vpcaccess/resource_vpc_access_connector.go), so without this table they fail at apply time,
/// in the middle of an incident.
/// </summary>
public static partial class VpcConnectorLimits
{
    /// <summary>
    /// The API's connector ID pattern, quoted in its own error: "Connector ID must follow the pattern
    /// ^[a-z][-a-z0-9]{0,23}[a-z0-9]$" (hashicorp/terraform-provider-google#13915; @pulumi/gcp 9.37.0
    /// vpcaccess/connector.d.ts "Max 25 characters").
    /// </summary>
    [GeneratedRegex("^[a-z][-a-z0-9]{0,23}[a-z0-9]$")]
    public static partial Regex NamePattern();

    public const int NameMaxLength = 25;

    /// <summary>The same pattern without its length: the characters alone, so that a name too long and badly
    /// spelled is reported for both.</summary>
    [GeneratedRegex("^[a-z][-a-z0-9]*[a-z0-9]$")]
    public static partial Regex NameCharacters();

    /// <summary>
    /// The console's stricter rule: fewer than 21 characters, hyphens counting twice
    /// (https://cloud.google.com/run/docs/configuring/vpc-connectors). The API accepts longer names, so this is
    /// only a warning.
    /// </summary>
    public const int ConsoleNameLimit = 21;

    /// <summary>minInstances 2..9, maxInstances 3..10, min &lt; max (@pulumi/gcp 9.37.0 vpcaccess/connector.d.ts;
    /// https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling).</summary>
    public static readonly IntRange MinInstances = new(2, 9, "https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling");

    public static readonly IntRange MaxInstances = new(3, 10, "https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling");

    /// <summary>
    /// The only machine types connectors offer, smallest first (https://cloud.google.com/vpc/docs/serverless-vpc-access
    /// "Throughput and scaling"). The order is the growth order: a profile may move up it, never down.
    /// </summary>
    public static readonly TextChoice MachineTypes = new(
        ["f1-micro", "e2-micro", "e2-standard-4"],
        "https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling");

    /// <summary>Each connector needs its own unused /28 (https://cloud.google.com/vpc/docs/serverless-vpc-access "IP address ranges").</summary>
    public const int PrefixLength = 28;

    /// <summary>
    /// The deprecated throughput fields: multiples of 100, min 200..900, max 300..1000
    /// (@pulumi/gcp 9.37.0 vpcaccess/connector.d.ts; the provider checks only IntBetween(200, 1000)). They conflict
    /// with the instance counts and force replacement, so this program never sets them.
    /// </summary>
    public static readonly IntRange MinThroughput = new(200, 900, "@pulumi/gcp 9.37.0 vpcaccess/connector.d.ts minThroughput");

    public static readonly IntRange MaxThroughput = new(300, 1000, "@pulumi/gcp 9.37.0 vpcaccess/connector.d.ts maxThroughput");

    /// <summary>
    /// What one connector instance carries, in Mbps, by machine type. Google documents a connector's throughput
    /// from its minimum to its maximum instances (2 to 10): f1-micro 100-500, e2-micro 200-1,000, e2-standard-4
    /// 3,200-16,000 (https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling, "Throughput and scaling";
    /// research/gcp-limits.md 1.3). Per instance is that range divided by the instance counts: our division,
    /// not a Google number. High packet rates can exhaust f1/e2-micro below these figures (same page).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> MbpsPerInstance = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["f1-micro"] = 50,
        ["e2-micro"] = 100,
        ["e2-standard-4"] = 1600,
    };

    /// <summary>The most a connector of this size carries at its maximum instances, or null for an unknown machine type.</summary>
    public static int? CeilingMbps(string machineType, int maxInstances) =>
        MbpsPerInstance.TryGetValue(machineType, out var perInstance) ? perInstance * maxInstances : null;

    public static int MachineTypeRank(string machineType)
    {
        for (var i = 0; i < MachineTypes.Count; i++)
        {
            if (MachineTypes[i] == machineType)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The console's length count: every hyphen counts twice.</summary>
    public static int ConsoleLength(string name) => name.Length + name.Count(c => c == '-');
}
