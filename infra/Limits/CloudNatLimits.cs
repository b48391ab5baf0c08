namespace Netra.Infra.Limits;

/// <summary>Cloud Router and Cloud NAT names (@pulumi/gcp 9.37.0 compute/router.d.ts, compute/routerNat.d.ts).</summary>
public static class CloudNatLimits
{

    /// <summary>
    /// NAT for every range of every subnet in the region: the connectors' ranges are subnets hidden from NAT
    /// configuration (https://cloud.google.com/run/docs/configuring/vpc-connectors, "Before you begin"), so only
    /// the all-subnetworks setting reaches them.
    /// </summary>
    public const string SourceRanges = "ALL_SUBNETWORKS_ALL_IP_RANGES";

    /// <summary>Google allocates and scales the external addresses.</summary>
    public const string AddressAllocation = "AUTO_ONLY";
}
