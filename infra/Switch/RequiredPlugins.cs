using System.Text.Json;
using Netra.Infra.Resources;

namespace Netra.Infra.Switch;

/// <summary>
/// The provider plugins a run needs that this machine lacks, from `pulumi plugin ls --json` (pulumi/pulumi
/// pkg/cmd/pulumi/plugin/plugin_list.go, pluginInfoJSON: name, kind, version…). Pulumi installs missing ones before
/// the run (pulumiverse time from GitHub): time on the relief path that a warm machine does not spend.
/// </summary>
public static class RequiredPlugins
{
    public static IReadOnlyList<ProviderPackage>? Missing(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
            {
                return null;
            }

            var installed = document.RootElement.ValueKind == JsonValueKind.Null ? [] : document.RootElement.EnumerateArray()
                .Where(p => p.ValueKind == JsonValueKind.Object && Text(p, "kind") == "resource")
                .Select(p => (Text(p, "name"), Text(p, "version")))
                .ToHashSet();
            return ProviderCatalog.All.Where(p => !installed.Contains((p.Name, p.Version))).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
