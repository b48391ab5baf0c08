using System.Text.Json;

namespace Netra.Infra.Switch;

/// <summary>
/// Which revisions of a service serve, as `gcloud run services describe SERVICE --format json` prints the Cloud Run
/// Admin API v1 Service (run.v1 discovery document: ServiceStatus.traffic[] {revisionName, percent, latestRevision},
/// ServiceStatus.latestReadyRevisionName; status entries always name their revision).
/// </summary>
public sealed record ServingRevisions(string Service, IReadOnlyList<(string Revision, int Percent)> Traffic, string? LatestReady)
{
    /// <summary>`netra-backend-staging-00812-x2q 100%`.</summary>
    public string Text => Traffic.Count == 0 ? $"{Service}: no revision serves" : $"{Service}: {string.Join(", ", Traffic.Select(t => $"{t.Revision} {t.Percent}%"))}";

    /// <summary>One revision takes all the traffic (every profile serves one revision a service).</summary>
    public string? Single => Traffic.Where(t => t.Percent > 0).ToList() is [{ Percent: 100 } only] ? only.Revision : null;

    public static (ServingRevisions? Serving, string? Problem) Read(string service, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Object)
            {
                return (null, $"`gcloud run services describe {service}` did not print a Service (no status)");
            }

            var traffic = new List<(string, int)>();
            if (status.TryGetProperty("traffic", out var targets) && targets.ValueKind == JsonValueKind.Array)
            {
                foreach (var target in targets.EnumerateArray())
                {
                    var revision = target.TryGetProperty("revisionName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "(unnamed)";
                    var percent = target.TryGetProperty("percent", out var p) && p.TryGetInt32(out var value) ? value : 0;
                    traffic.Add((revision, percent));
                }
            }

            var latest = status.TryGetProperty("latestReadyRevisionName", out var ready) && ready.ValueKind == JsonValueKind.String ? ready.GetString() : null;
            return (new ServingRevisions(service, traffic, latest), null);
        }
        catch (JsonException e)
        {
            return (null, $"`gcloud run services describe {service}` did not print JSON ({e.Message})");
        }
    }
}
