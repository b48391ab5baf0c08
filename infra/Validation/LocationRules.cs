using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Validation;

/// <summary>The project, region and network every resource is declared in.</summary>
public static class LocationRules
{
    public static void Check(ValidationContext context)
    {
        var location = context.Environment.Location;
        if (!GcpLocationLimits.Project.IsMatch(location.Project))
        {
            context.Error(DiagnosticCodes.LocationName, "project",
                $"'{location.Project}' is not a project ID: 6 to 30 lowercase letters, digits and hyphens, a letter first, not a hyphen last (https://cloud.google.com/resource-manager/docs/creating-managing-projects)");
        }

        if (GcpLocationLimits.ZoneShape().IsMatch(location.Region))
        {
            context.Error(DiagnosticCodes.LocationName, "region",
                $"'{location.Region}' is a zone; the environment takes its region, '{location.Region[..location.Region.LastIndexOf('-')]}'");
        }
        else if (!GcpLocationLimits.Region.IsMatch(location.Region))
        {
            context.Error(DiagnosticCodes.LocationName, "region",
                $"'{location.Region}' is not a region name such as us-central1 or europe-west10 (https://cloud.google.com/compute/docs/regions-zones)");
        }

        if (!ComputeNames.Name.IsMatch(location.Network))
        {
            context.Error(DiagnosticCodes.LocationName, "network",
                $"'{location.Network}' is not a VPC network name: 1 to 63 lowercase letters, digits and hyphens, a letter first, not a hyphen last (RFC 1035; magic-modules compute/Network.yaml)");
        }
    }
}
