using System.Globalization;
using System.Text.Json;
using Netra.Infra.Model;

namespace Netra.Infra.Switch;

/// <summary>
/// A deployed revision's database pools and instance ceiling, as `gcloud run revisions describe REVISION --format
/// json` prints the Cloud Run Admin API v1 Revision (run.v1 discovery document: Revision.metadata.annotations
/// `autoscaling.knative.dev/maxScale`, Revision.spec.containers[].env[] {name, value}). A revision keeps the pools it
/// was deployed with: pinning an old one brings its pools back (the records show 10+15, 20+40 and 50+50 per instance).
/// </summary>
public sealed record RevisionPools(string Revision, int MaxInstances, bool MaxInstancesFromDefault, int? PoolSize, int? MaxOverflow)
{
    /// <summary>Cloud Run's default maximum instances per revision when the revision sets none
    /// (https://cloud.google.com/run/docs/configuring/max-instances).</summary>
    public const int CloudRunDefaultMaxInstances = 100;

    public const string MaxScaleAnnotation = "autoscaling.knative.dev/maxScale";

    public int? PerInstance => PoolSize is { } size && MaxOverflow is { } overflow ? size + overflow : null;

    public int? Connections => PerInstance * MaxInstances;

    /// <summary>`netra-backend-staging-00749-6tr 6×(10+15)=150`.</summary>
    public string Text => PerInstance is null
        ? $"{Revision} {MaxInstances}×(pools unknown)"
        : $"{Revision} {MaxInstances}×({PoolSize}+{MaxOverflow})={Connections}";

    public static (RevisionPools? Pools, string? Problem) Read(string revision, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("spec", out var spec) || !spec.TryGetProperty("containers", out var containers) || containers.ValueKind != JsonValueKind.Array)
            {
                return (null, $"`gcloud run revisions describe {revision}` did not print a Revision (no spec.containers)");
            }

            var maxScale = root.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("annotations", out var annotations)
                && annotations.ValueKind == JsonValueKind.Object && annotations.TryGetProperty(MaxScaleAnnotation, out var scale) && scale.ValueKind == JsonValueKind.String
                && int.TryParse(scale.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : (int?)null;
            var env = containers.EnumerateArray()
                .Where(c => c.TryGetProperty("env", out var e) && e.ValueKind == JsonValueKind.Array)
                .SelectMany(c => c.GetProperty("env").EnumerateArray())
                .Where(e => e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
                .GroupBy(e => e.GetProperty("name").GetString()!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().GetProperty("value").GetString()!, StringComparer.Ordinal);
            return (new RevisionPools(revision, maxScale ?? CloudRunDefaultMaxInstances, maxScale is null,
                Number(env, DatabasePoolEnvironment.PoolSize), Number(env, DatabasePoolEnvironment.MaxOverflow)), null);
        }
        catch (JsonException e)
        {
            return (null, $"`gcloud run revisions describe {revision}` did not print JSON ({e.Message})");
        }
    }

    private static int? Number(IReadOnlyDictionary<string, string> env, string name) =>
        env.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
