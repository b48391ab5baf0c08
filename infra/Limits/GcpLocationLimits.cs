using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>The project, region and network an environment names: every resource reaches GCP with them.</summary>
public static partial class GcpLocationLimits
{
    /// <summary>Project IDs: 6 to 30 lowercase letters, digits and hyphens, a letter first, no hyphen last
    /// (https://cloud.google.com/resource-manager/docs/creating-managing-projects, "Before you begin", project ID
    /// requirements). The provider's own check is looser (TPG google/verify/validation.go ProjectRegex also takes
    /// domain-scoped and numeric IDs), so a typo would reach the API.</summary>
    [GeneratedRegex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$")]
    public static partial Regex ProjectId();

    public static readonly TextPattern Project = new(ProjectId(), "6 to 30 lowercase letters, digits and hyphens, a letter first", "https://cloud.google.com/resource-manager/docs/creating-managing-projects");

    /// <summary>
    /// Google documents its regions as a list, not a pattern (https://cloud.google.com/compute/docs/regions-zones,
    /// "Available regions and zones"). Every name on it is words and a number (us-central1, europe-west10,
    /// northamerica-northeast1): this shape, inferred from the list, catches a zone (us-central1-a) or a cut name
    /// (us-central) before the provider sends it.
    /// </summary>
    [GeneratedRegex("^[a-z]+(-[a-z]+)+[0-9]+$")]
    public static partial Regex RegionShape();

    public static readonly TextPattern Region = new(RegionShape(), "words and a number, as us-central1 (inferred from Google's list)", "https://cloud.google.com/compute/docs/regions-zones");

    [GeneratedRegex("^[a-z]+(-[a-z]+)+[0-9]+-[a-z]$")]
    public static partial Regex ZoneShape();
}
