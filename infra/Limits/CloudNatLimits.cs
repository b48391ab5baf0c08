using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>Cloud Router and Cloud NAT names (@pulumi/gcp 9.37.0 compute/router.d.ts, compute/routerNat.d.ts).</summary>
public static partial class CloudNatLimits
{
    /// <summary>"The name must be 1-63 characters long, and comply with RFC1035": a lowercase letter first, then
    /// lowercase letters, digits or hyphens, not ending with a hyphen.</summary>
    [GeneratedRegex("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$")]
    public static partial Regex Name();

    /// <summary>
    /// NAT for every range of every subnet in the region: the connectors' ranges are subnets hidden from NAT
    /// configuration (https://cloud.google.com/run/docs/configuring/vpc-connectors, "Before you begin"), so only
    /// the all-subnetworks setting reaches them.
    /// </summary>
    public const string SourceRanges = "ALL_SUBNETWORKS_ALL_IP_RANGES";

    /// <summary>Google allocates and scales the external addresses.</summary>
    public const string AddressAllocation = "AUTO_ONLY";
}
