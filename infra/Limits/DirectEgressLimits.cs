namespace Netra.Infra.Limits;

/// <summary>
/// Direct VPC egress of Cloud Run (https://cloud.google.com/run/docs/configuring/vpc-direct-vpc, "DVPC" below;
/// https://cloud.google.com/run/docs/configuring/networking-best-practices, "BP"). Google's pages were read in stored
/// copies whose English "IP address allocation" section was cut short; the rows marked (translated) come from the
/// same page in other languages.
/// </summary>
public static class DirectEgressLimits
{
    /// <summary>"the subnet's IPv4 address range must be /26 or larger" (DVPC, "Scale up and down", translated).</summary>
    public const int MaxPrefixLength = 26;

    /// <summary>"Cloud Run reserves IP addresses in blocks of 16 (28 subnet mask) at a time" (DVPC, "Scale up and down").</summary>
    public const int ReservationBlock = 16;

    /// <summary>"Multiply the instance count metric's value by 2 to get an estimate of the number of IP addresses in use"
    /// (BP; DVPC, translated: "In steady state, Cloud Run uses 2X the number of instances"). An older copy of BP said 4:
    /// the data's subnet is sized for both readings, the check holds the current one.</summary>
    public const int AddressesPerInstance = 2;

    /// <summary>Four addresses of every primary IPv4 range are unusable: the network, the default gateway, the
    /// second-to-last and the broadcast address (https://cloud.google.com/vpc/docs/subnets, "Unusable addresses in IPv4
    /// subnet ranges").</summary>
    public const int ReservedPerSubnet = 4;

    /// <summary>"Maximum number of container instances using Direct VPC egress: 100 to 200, depending on region, per
    /// revision and region", raisable by a quota increase (https://cloud.google.com/run/quotas, translated; DVPC,
    /// "Limitations"). The check holds the lower bound, since which applies to us-central1 is not stated.</summary>
    public const int MaxInstancesPerRevision = 100;

    /// <summary>"Cloud Run supports throughput of up to 1 Gbps per instance. Exceeding this causes performance
    /// throttling" (DVPC, "Limitations", translated).</summary>
    public const int MbpsPerInstance = 1000;

    /// <summary>"You might experience connection establishment delays of a minute or more on instance startup when using
    /// Direct VPC egress. We recommend configuring a HTTP startup probe that tests a connection to an egress
    /// destination" (DVPC, "Limitations").</summary>
    public const int StartupConnectionDelaySeconds = 60;

    /// <summary>The ranges a Cloud Run subnet may use: RFC 1918, and "Cloud Run also supports RFC 6598 and Class E/RFC
    /// 5735 ranges" (BP, "Use non-RFC 1918 IPv4 addresses").</summary>
    public static readonly IReadOnlyList<string> PrivateRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "240.0.0.0/4"];

    /// <summary>The addresses a service holds at most: <see cref="AddressesPerInstance"/> per instance, reserved in
    /// blocks of <see cref="ReservationBlock"/>, for two revisions at once (a rollout: the old one drains while the new
    /// one scales, and a revision's addresses stay held after it scales down; DVPC: "wait 1-2 hours for Cloud Run to
    /// release the IP addresses").</summary>
    public static int AddressesHeld(int maxInstances) =>
        2 * ((AddressesPerInstance * maxInstances + ReservationBlock - 1) / ReservationBlock * ReservationBlock);
}
