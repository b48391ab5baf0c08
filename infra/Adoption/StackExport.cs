using System.Text.Json;

namespace Netra.Infra.Adoption;

/// <summary>
/// Reads what `pulumi stack export` prints: an apitype.UntypedDeployment, `{"version": 3, "deployment": {"manifest": …,
/// "resources": [{"urn", "type", "custom", "id", …}]}}` (pulumi/pulumi sdk/go/common/apitype/core.go, DeploymentV3).
/// A stack never updated exports `{"version": 3, "deployment": null}`, or a deployment without resources. What counts
/// is every resource but the stack's own `pulumi:pulumi:Stack` and its providers (`pulumi:providers:*`), which an
/// adoption `up` recreates as they were: a stack holding anything else has been adopted or updated already.
/// </summary>
public static class StackExport
{
    /// <summary>The schema this reader knows (apitype.DeploymentSchemaVersionCurrent).</summary>
    public const int Version = 3;

    public const string StackType = "pulumi:pulumi:Stack";

    /// <summary>What the stack holds, or null with why it cannot be told: a caller refusing adoption refuses then too.</summary>
    public static (StackHoldings? Holdings, string? Problem) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "the export is not a JSON object");
            }

            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number) || number != Version)
            {
                return (null, $"the export's version is {(root.TryGetProperty("version", out var v) ? v.GetRawText() : "missing")}, not {Version}, the deployment schema this reader knows (pulumi/pulumi sdk/go/common/apitype)");
            }

            var byType = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!root.TryGetProperty("deployment", out var deployment) || deployment.ValueKind == JsonValueKind.Null)
            {
                return (new StackHoldings(byType), null);
            }

            if (deployment.ValueKind != JsonValueKind.Object)
            {
                return (null, $"the export's deployment is {Kind(deployment)}, not an object");
            }

            if (!deployment.TryGetProperty("resources", out var resources) || resources.ValueKind == JsonValueKind.Null)
            {
                return (new StackHoldings(byType), null);
            }

            if (resources.ValueKind != JsonValueKind.Array)
            {
                return (null, $"the export's deployment.resources is {Kind(resources)}, not a list");
            }

            var index = 0;
            foreach (var resource in resources.EnumerateArray())
            {
                if (resource.ValueKind != JsonValueKind.Object || !resource.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 } token)
                {
                    return (null, $"deployment.resources[{index}] has no type");
                }

                if (token != StackType && !token.StartsWith(AdoptionScope.ProviderTypePrefix, StringComparison.Ordinal))
                {
                    byType[token] = byType.GetValueOrDefault(token) + 1;
                }

                index++;
            }

            return (new StackHoldings(byType), null);
        }
        catch (JsonException e)
        {
            return (null, $"`pulumi stack export` did not print JSON ({e.Message})");
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        var other => other.ToString().ToLowerInvariant(),
    };
}
