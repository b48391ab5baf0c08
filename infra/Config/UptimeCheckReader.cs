using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads `observability.uptimeChecks`: how often, from where, and which path of each routed host.</summary>
public static class UptimeCheckReader
{
    public static UptimeCheckSpec? Read(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var paths = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (host, path) in map.Map("paths", required: true)?.ScalarEntries() ?? [])
        {
            paths[host] = path;
        }

        var spec = new UptimeCheckSpec(
            map.Int("periodSeconds", required: true, UptimeCheckLimits.PeriodsSeconds) ?? 0,
            map.Int("timeoutSeconds", required: true, UptimeCheckLimits.TimeoutSeconds) ?? 0,
            map.StringList("regions", required: true) ?? [],
            paths);
        map.RejectUnknownKeys();
        return spec;
    }
}
