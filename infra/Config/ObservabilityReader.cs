using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads `observability`: channels and where each severity goes, uptime checks, log-based metrics, alerts.</summary>
public static class ObservabilityReader
{
    public static ObservabilitySpec Read(YamlMap? map, HashSet<string> broken)
    {
        if (map is null)
        {
            return ObservabilitySpec.None;
        }

        var metrics = new Dictionary<string, LogMetricSpec>(StringComparer.Ordinal);
        foreach (var (name, metric) in map.Map("logMetrics")?.MapEntries() ?? [])
        {
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (label, field) in metric.Map("labels")?.ScalarEntries() ?? [])
            {
                labels[label] = field;
            }

            metrics[name] = new LogMetricSpec(name, metric.String("description", required: true) ?? "", metric.String("filter", required: true) ?? "", labels);
            metric.RejectUnknownKeys();
        }

        var alerts = new Dictionary<string, AlertSpec>(StringComparer.Ordinal);
        foreach (var (name, alert) in map.Map("alerts")?.MapEntries() ?? [])
        {
            var before = alert.FindingCount;
            alerts[name] = AlertReader.Read(name, alert);
            alert.MarkBrokenSince(before, broken);
        }

        map.Misplaced("production", "every environment pages a real address now, so there is no production switch: remove it");
        map.Misplaced("notificationEmails", "channels are declared by type now: an email address is `channels.<name>: {type: email, labels: {email_address: …}}`, and `notify` sends each severity to its channels");
        var spec = new ObservabilitySpec(
            ChannelReader.ReadChannels(map.Map("channels", required: true), broken),
            ChannelReader.ReadNotify(map.Map("notify", required: true)),
            UptimeCheckReader.Read(map.Map("uptimeChecks")),
            map.Int("metricPropagationSeconds", required: true) ?? 0,
            metrics,
            alerts);
        map.RejectUnknownKeys();
        return spec;
    }
}
