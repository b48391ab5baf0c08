using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// An explicit gcp provider bound to the environment's project and region. Every resource uses it, so nothing
/// can land in whatever project ambient gcloud settings or a stray `gcp:project` key point at, and the profile
/// files need no provider keys (`--config-file` replaces the whole stack configuration).
/// </summary>
public static class GcpProviderComponent
{
    public static ResourceDeclaration Declare(GcpLocation location) => new(
        ProviderCatalog.Gcp.LogicalName,
        ProviderCatalog.Gcp.ProviderType,
        new MapValue
        {
            { "project", location.Project },
            { "region", location.Region },
        },
        new ResourceOptions { Version = ProviderCatalog.Gcp.Version },
        [$"All resources below go to project {location.Project}, region {location.Region}, through this provider."]);

    /// <summary>A provider declared with no settings, pinned: what plugin discovery sees (no project is known there), and
    /// the random and time providers, which need no settings.</summary>
    public static ResourceDeclaration DeclarePinned(ProviderPackage package) => new(
        package.LogicalName,
        package.ProviderType,
        [],
        new ResourceOptions { Version = package.Version, PluginDownloadUrl = package.DownloadUrl },
        []);
}
