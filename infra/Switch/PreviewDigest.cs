using System.Text.Json;

namespace Netra.Infra.Switch;

/// <summary>
/// What `pulumi preview --json` prints, read as pulumi/pulumi pkg/display/json.go's PreviewDigest declares it: the
/// steps, the diagnostics (each with its severity and message) and the change summary. Read with JsonDocument, no
/// reflection; unknown fields are ignored, as Pulumi adds fields over time.
/// </summary>
public sealed record PreviewDigest(IReadOnlyList<PreviewStep> Steps, IReadOnlyList<string> Errors)
{
    /// <summary>The digest, or null with the reason when the text is not one.</summary>
    public static (PreviewDigest? Digest, string? Problem) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var steps) || steps.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
            {
                return (null, "not a preview digest (no `steps` list)");
            }

            var read = new List<PreviewStep>();
            if (steps.ValueKind == JsonValueKind.Array)
            {
                foreach (var step in steps.EnumerateArray())
                {
                    read.Add(new PreviewStep(
                        Text(step, "op") ?? "",
                        Text(step, "urn") ?? "",
                        Texts(step, "diffReasons"),
                        Texts(step, "replaceReasons"),
                        Kinds(step)));
                }
            }

            var errors = new List<string>();
            if (root.TryGetProperty("diagnostics", out var diagnostics) && diagnostics.ValueKind == JsonValueKind.Array)
            {
                // PreviewDiagnostic: urn, prefix, message, severity ("error", "warning", "info", "debug").
                errors.AddRange(diagnostics.EnumerateArray()
                    .Where(d => Text(d, "severity") == "error")
                    .Select(d => (Text(d, "message") ?? "").Trim()));
            }

            return (new PreviewDigest(read, errors), null);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON ({e.Message})");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Texts(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    /// <summary>detailedDiff: path → PropertyDiff {kind, inputDiff}.</summary>
    private static IReadOnlyDictionary<string, string> Kinds(JsonElement step)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (step.TryGetProperty("detailedDiff", out var diff) && diff.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in diff.EnumerateObject())
            {
                kinds[property.Name] = Text(property.Value, "kind") ?? "update";
            }
        }

        return kinds;
    }
}
