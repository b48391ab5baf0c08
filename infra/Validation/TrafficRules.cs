using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// Traffic: percentages 0..100 that total 100, and one live revision only. Two live revisions of the backend
/// was one of the outage's causes (incident record 001), so a split is refused rather than allowed.
/// </summary>
public static class TrafficRules
{
    public static void Check(ValidationContext context, string path, ServiceSpec service, IReadOnlyList<TrafficTarget> traffic)
    {
        if (traffic.Count == 0)
        {
            context.Error(DiagnosticCodes.RunTraffic, path, "no traffic target: give one, e.g. `latest: 100`");
            return;
        }

        foreach (var target in traffic)
        {
            var key = $"{path}.{target.Revision ?? (target.NamedAtRunTime ? Config.RunTimeRevisions.Keyword : "latest")}";
            if (target.Percent is < 0 or > 100)
            {
                context.Error(DiagnosticCodes.RunTraffic, key, $"{target.Percent} is out of range 0..100 (a percentage)");
            }

            if (target.Revision is { } revision)
            {
                CheckRevision(context, key, service, revision);
            }
        }

        var total = traffic.Sum(t => t.Percent);
        if (total != 100)
        {
            context.Error(DiagnosticCodes.RunTraffic, path, $"percentages total {total}; they must total 100");
        }

        var live = traffic.Count(t => t.Percent > 0);
        if (live > 1)
        {
            context.Error(DiagnosticCodes.RunTraffic, path,
                $"{live} revisions would serve traffic; a profile serves from exactly one (two live revisions contended for capacity in the outage, incident record 001)");
        }
    }

    /// <summary>Offline we can only check that the name is a revision of this service; that it still exists is for preview.</summary>
    private static void CheckRevision(ValidationContext context, string key, ServiceSpec service, string revision)
    {
        if (!IsRevisionOf(service, revision))
        {
            context.Error(DiagnosticCodes.RunTraffic, key,
                $"'{revision}' is not a revision of {service.Name}: revisions are named {service.Name}-<suffix> (e.g. {service.Name}-00749-6tr), at most {CloudRunLimits.RevisionNameMaxLength} characters; use `latest` for the newest ready revision, or {Config.RunTimeRevisions.Keyword} to name it when the step runs");
        }
    }

    /// <summary>Whether <paramref name="revision"/> has the name of one of <paramref name="service"/>'s revisions.</summary>
    public static bool IsRevisionOf(ServiceSpec service, string revision)
    {
        var prefix = service.Name + "-";
        return revision.StartsWith(prefix, StringComparison.Ordinal)
            && CloudRunLimits.RevisionSuffix().IsMatch(revision[prefix.Length..])
            && revision.Length <= CloudRunLimits.RevisionNameMaxLength;
    }
}
