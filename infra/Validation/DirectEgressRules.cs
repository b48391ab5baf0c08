using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// Direct VPC egress: the subnet (its name, a private range of at least a /26 that no connector uses, and room for the
/// addresses every service using it may hold at once, in the profile that needs most), and each service on it (the
/// per-revision quota, the per-instance throughput, and a startup probe that waits out the first connections).
/// </summary>
public static class DirectEgressRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        var users = environment.Profiles.Values
            .SelectMany(p => p.Services.Where(s => s.Value.DirectEgress).Select(s => (Profile: p, Role: s.Key, Capacity: s.Value)))
            .Where(u => !context.IsBroken($"profiles.{u.Profile.Name}.services.{u.Role}"))
            .ToList();
        if (environment.DirectEgress is not { } direct)
        {
            foreach (var (profile, role, _) in users)
            {
                context.Error(DiagnosticCodes.DirectEgress, $"profiles.{profile.Name}.services.{role}.directEgress",
                    "no subnet for it: state directEgress {subnet, ipCidrRange, existing} at the top of the file");
            }

            return;
        }

        if (!ComputeNames.Name.IsMatch(direct.Subnet))
        {
            context.Error(DiagnosticCodes.DirectEgress, "directEgress.subnet",
                $"'{direct.Subnet}' is not a subnet name: 1 to 63 lowercase letters, digits and hyphens, a letter first, not a hyphen last (RFC 1035; magic-modules compute/Subnetwork.yaml)");
        }

        foreach (var tag in direct.Tags.Where(t => !ComputeNames.Name.IsMatch(t)))
        {
            context.Error(DiagnosticCodes.DirectEgress, "directEgress.tags",
                $"'{tag}' is not a network tag: 1 to 63 lowercase letters, digits and hyphens, a letter first (https://cloud.google.com/vpc/docs/add-remove-network-tags)");
        }

        if (CheckRange(context, direct) is { } range)
        {
            CheckSize(context, direct, range, users);
        }

        foreach (var (profile, role, capacity) in users)
        {
            CheckService(context, $"profiles.{profile.Name}.services.{role}", role, capacity);
        }
    }

    private static Ipv4Cidr? CheckRange(ValidationContext context, DirectEgressSpec direct)
    {
        const string path = "directEgress.ipCidrRange";
        var range = Ipv4Cidr.Parse(direct.IpCidrRange, out var error);
        if (range is null)
        {
            context.Error(DiagnosticCodes.DirectEgress, path, $"'{direct.IpCidrRange}': {error}");
            return null;
        }

        if (range.PrefixLength > DirectEgressLimits.MaxPrefixLength)
        {
            context.Error(DiagnosticCodes.DirectEgress, path,
                $"'{direct.IpCidrRange}' is a /{range.PrefixLength}; a Direct VPC egress subnet is a /{DirectEgressLimits.MaxPrefixLength} or larger (https://cloud.google.com/run/docs/configuring/vpc-direct-vpc)");
        }

        if (!DirectEgressLimits.PrivateRanges.Select(r => Ipv4Cidr.Parse(r, out _)!).Any(r => r.First <= range.First && range.Last <= r.Last))
        {
            context.Error(DiagnosticCodes.DirectEgress, path,
                $"'{direct.IpCidrRange}' is not a private range Cloud Run takes addresses from ({string.Join(", ", DirectEgressLimits.PrivateRanges)}; https://cloud.google.com/run/docs/configuring/networking-best-practices)");
        }

        foreach (var (role, connector) in context.Environment.Connectors)
        {
            if (Ipv4Cidr.Parse(connector.IpCidrRange, out _) is { } other && range.Overlaps(other))
            {
                context.Error(DiagnosticCodes.DirectEgress, path,
                    $"{range} overlaps connectors.{role}.ipCidrRange ({other}): a connector needs its own /28 that no subnet uses, so one of the two cannot be created (TPG#16690)");
            }
        }

        return range;
    }

    /// <summary>In each profile, every service on the subnet may hold its addresses for two revisions at once.</summary>
    private static void CheckSize(ValidationContext context, DirectEgressSpec direct, Ipv4Cidr range, IReadOnlyList<(ProfileSpec Profile, string Role, ServiceCapacity Capacity)> users)
    {
        var usable = (long)(range.Last - range.First + 1) - DirectEgressLimits.ReservedPerSubnet;
        foreach (var group in users.GroupBy(u => u.Profile.Name))
        {
            var parts = group.OrderBy(u => u.Role, StringComparer.Ordinal)
                .Select(u => (u.Role, u.Capacity.MaxInstances, Held: DirectEgressLimits.AddressesHeld(u.Capacity.MaxInstances)))
                .ToList();
            var needed = parts.Sum(p => p.Held);
            if (needed > usable)
            {
                var sum = string.Join(" + ", parts.Select(p => $"{p.Role} {p.Held} (2 revisions × {p.MaxInstances} instances × {DirectEgressLimits.AddressesPerInstance} addresses, in blocks of {DirectEgressLimits.ReservationBlock})"));
                context.Error(DiagnosticCodes.DirectEgress, "directEgress.ipCidrRange",
                    $"{range} has {usable} usable addresses ({range.Last - range.First + 1} less {DirectEgressLimits.ReservedPerSubnet} reserved), but profile {group.Key} may hold {needed}: {sum} " +
                    "(https://cloud.google.com/run/docs/configuring/vpc-direct-vpc); a larger range, or fewer instances");
            }
        }
    }

    private static void CheckService(ValidationContext context, string path, string role, ServiceCapacity capacity)
    {
        if (capacity.MaxInstances > DirectEgressLimits.MaxInstancesPerRevision)
        {
            context.Error(DiagnosticCodes.DirectEgress, $"{path}.maxInstances",
                $"{capacity.MaxInstances} is above the {DirectEgressLimits.MaxInstancesPerRevision} instances per revision that Direct VPC egress allows in some regions without a quota increase (https://cloud.google.com/run/quotas)");
        }

        if (capacity.ExpectedEgressMbps is { } mbps && mbps > capacity.MaxInstances * DirectEgressLimits.MbpsPerInstance)
        {
            context.Error(DiagnosticCodes.DirectEgress, $"{path}.expectedEgressMbps",
                $"{mbps} Mbps is more than {capacity.MaxInstances} instances carry by direct egress ({DirectEgressLimits.MbpsPerInstance} Mbps each, https://cloud.google.com/run/docs/configuring/vpc-direct-vpc)");
        }

        if (!context.Environment.Services.TryGetValue(role, out var service))
        {
            return;
        }

        var probe = service.StartupProbe;
        var window = probe.InitialDelaySeconds + (probe.PeriodSeconds * probe.FailureThreshold);
        if (probe.Kind != ProbeKind.HttpGet || window <= DirectEgressLimits.StartupConnectionDelaySeconds)
        {
            context.Error(DiagnosticCodes.DirectEgress, $"services.{role}.startupProbe",
                $"{role} uses direct egress in this profile ({path}), whose connections may take \"a minute or more\" at instance start: Google recommends an HTTP startup probe that tests an egress destination, with a window above {DirectEgressLimits.StartupConnectionDelaySeconds} s (this one: {(probe.Kind == ProbeKind.HttpGet ? "HTTP" : "not HTTP")}, {window} s; https://cloud.google.com/run/docs/configuring/vpc-direct-vpc)");
        }
    }
}
