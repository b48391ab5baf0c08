using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>Serverless VPC Access connector rules: names, ranges, capacity, and growth-only profiles.</summary>
public static class ConnectorRules
{
    public static void Check(ValidationContext context)
    {
        var ranges = new List<(string Path, Ipv4Cidr Range)>();
        foreach (var (role, connector) in context.Environment.Connectors)
        {
            var path = $"connectors.{role}";
            if (context.IsBroken(path))
            {
                continue;
            }

            CheckName(context, $"{path}.name", connector.Name);
            if (CheckRange(context, $"{path}.ipCidrRange", connector.IpCidrRange) is { } range)
            {
                ranges.Add(($"{path}.ipCidrRange", range));
            }
        }

        CheckDistinct(context, ranges);
        foreach (var profile in context.Environment.Profiles.Values)
        {
            foreach (var (role, capacity) in profile.Connectors)
            {
                var path = $"profiles.{profile.Name}.connectors.{role}";
                if (!context.Environment.Connectors.ContainsKey(role))
                {
                    context.Error(DiagnosticCodes.UnknownReference, path,
                        $"no connector '{role}' in connectors (declared: {string.Join(", ", context.Environment.Connectors.Keys)})");
                }
                else if (!context.IsBroken(path))
                {
                    CheckCapacity(context, path, capacity);
                }
            }
        }

        CheckGrowthOnly(context);
    }

    /// <summary>Length and characters are separate faults, both reported: a name can have both.</summary>
    public static void CheckName(ValidationContext context, string path, string name)
    {
        var valid = true;
        if (name.Length > VpcConnectorLimits.NameMaxLength)
        {
            valid = false;
            context.Error(DiagnosticCodes.ConnectorNameLength, path,
                $"'{name}' is {name.Length} characters; GCP allows at most {VpcConnectorLimits.NameMaxLength} (\"Connector ID must follow the pattern ^[a-z][-a-z0-9]{{0,23}}[a-z0-9]$\")");
        }

        if (!VpcConnectorLimits.NameCharacters().IsMatch(name))
        {
            valid = false;
            context.Error(DiagnosticCodes.ConnectorNamePattern, path,
                $"'{name}' is not a connector name: a lowercase letter first, a lowercase letter or digit last, only lowercase letters, digits and hyphens (^[a-z][-a-z0-9]*[a-z0-9]$)");
        }

        if (valid && VpcConnectorLimits.ConsoleLength(name) >= VpcConnectorLimits.ConsoleNameLimit)
        {
            context.Warning(DiagnosticCodes.ConnectorNameConsoleRule, path,
                $"'{name}' counts {VpcConnectorLimits.ConsoleLength(name)} by the console's rule (fewer than {VpcConnectorLimits.ConsoleNameLimit}, hyphens count twice); the API accepts it, the console's forms will not");
        }
    }

    /// <summary>The range, if it parses: a range of the wrong size is still checked for overlaps, so that both
    /// faults show in one pass.</summary>
    private static Ipv4Cidr? CheckRange(ValidationContext context, string path, string text)
    {
        var range = Ipv4Cidr.Parse(text, out var error);
        if (range is null)
        {
            context.Error(DiagnosticCodes.ConnectorRange, path, $"'{text}': {error}");
            return null;
        }

        if (range.PrefixLength != VpcConnectorLimits.PrefixLength)
        {
            context.Error(DiagnosticCodes.ConnectorRange, path,
                $"'{text}' is a /{range.PrefixLength}; a connector needs its own unused /28 (https://cloud.google.com/vpc/docs/serverless-vpc-access, IP address ranges)");
        }

        return range;
    }

    private static void CheckDistinct(ValidationContext context, List<(string Path, Ipv4Cidr Range)> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ranges[i].Range.Overlaps(ranges[j].Range))
                {
                    context.Error(DiagnosticCodes.ConnectorRangeOverlap, ranges[i].Path,
                        $"{ranges[i].Range} overlaps {ranges[j].Path} ({ranges[j].Range}); each connector needs its own /28 that nothing else uses (the API rejects it: \"Invalid IP CIDR range … conflicts with an existing subnetwork\", TPG#16690)");
                }
            }
        }
    }

    public static void CheckCapacity(ValidationContext context, string path, ConnectorCapacity capacity)
    {
        if (VpcConnectorLimits.MachineTypeRank(capacity.MachineType) < 0)
        {
            context.Error(DiagnosticCodes.ConnectorMachineType, $"{path}.machineType",
                $"'{capacity.MachineType}' is not a connector machine type (allowed: {string.Join(", ", VpcConnectorLimits.MachineTypes)}; e2-standard-4 is the largest, ≈1.6 Gbps per instance; the provider does not check this, the API rejects it at apply time)");
        }

        context.InRange(DiagnosticCodes.ConnectorMinInstances, $"{path}.minInstances", capacity.MinInstances, VpcConnectorLimits.MinInstances,
            "Serverless VPC Access allows 2 to 9 minimum instances");
        context.InRange(DiagnosticCodes.ConnectorMaxInstances, $"{path}.maxInstances", capacity.MaxInstances, VpcConnectorLimits.MaxInstances,
            "Serverless VPC Access allows 3 to 10 instances");
        if (capacity.MinInstances >= capacity.MaxInstances)
        {
            context.Error(DiagnosticCodes.ConnectorMinNotBelowMax, $"{path}.minInstances",
                $"{capacity.MinInstances} is not below maxInstances {capacity.MaxInstances} (GCP requires minInstances < maxInstances)");
        }
    }

    /// <summary>
    /// A connector that also exists in the steady profile may only grow relative to it: its instance counts
    /// can only increase in place (the provider's isInstanceShrinkage forces a replacement otherwise), and a
    /// replaced named connector is deleted before its successor exists.
    /// </summary>
    private static void CheckGrowthOnly(ValidationContext context)
    {
        if (!context.Environment.Profiles.TryGetValue(EnvironmentSpec.SteadyProfile, out var steady))
        {
            context.Error(DiagnosticCodes.MissingKey, $"profiles.{EnvironmentSpec.SteadyProfile}",
                "every environment needs a 'normal' profile: the steady state the others are checked against");
            return;
        }

        foreach (var profile in context.Environment.Profiles.Values.Where(p => p.Name != steady.Name))
        {
            foreach (var (role, capacity) in profile.Connectors)
            {
                if (!steady.Connectors.TryGetValue(role, out var baseline)
                    || context.IsBroken($"profiles.{profile.Name}.connectors.{role}")
                    || context.IsBroken($"profiles.{steady.Name}.connectors.{role}"))
                {
                    continue;
                }

                var path = $"profiles.{profile.Name}.connectors.{role}";
                Shrinks(context, $"{path}.minInstances", capacity.MinInstances, baseline.MinInstances, steady.Name);
                Shrinks(context, $"{path}.maxInstances", capacity.MaxInstances, baseline.MaxInstances, steady.Name);
                var rank = VpcConnectorLimits.MachineTypeRank(capacity.MachineType);
                var baseRank = VpcConnectorLimits.MachineTypeRank(baseline.MachineType);
                if (rank >= 0 && baseRank >= 0 && rank < baseRank)
                {
                    context.Error(DiagnosticCodes.ConnectorShrinks, $"{path}.machineType",
                        $"'{capacity.MachineType}' is smaller than {steady.Name}'s '{baseline.MachineType}': a profile may only grow a connector it shares with {steady.Name}");
                }
            }
        }
    }

    private static void Shrinks(ValidationContext context, string path, int value, int baseline, string steadyName)
    {
        if (value < baseline)
        {
            context.Error(DiagnosticCodes.ConnectorShrinks, path,
                $"{value} is below {steadyName}'s {baseline}: a connector's instance counts only increase in place; a decrease replaces it (delete, then create: an outage for every service attached; TPG resource_vpc_access_connector.go isInstanceShrinkage). Grow only, or carry extra capacity on another connector");
        }
    }
}
