using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `observability.channels` and `observability.notify`. A credential is never a value here: a sensitive label
/// names the secret (and, once a person has added it, the version) it is read from.
/// </summary>
public static class ChannelReader
{
    public static IReadOnlyDictionary<string, ChannelSpec> ReadChannels(YamlMap? map, HashSet<string> broken)
    {
        var channels = new Dictionary<string, ChannelSpec>(StringComparer.Ordinal);
        foreach (var (name, channel) in map?.MapEntries() ?? [])
        {
            var before = channel.FindingCount;
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (label, value) in channel.Map("labels")?.ScalarEntries() ?? [])
            {
                labels[label] = value;
            }

            var keys = new SortedDictionary<string, ChannelKey>(StringComparer.Ordinal);
            foreach (var (field, key) in channel.Map("sensitiveLabels")?.MapEntries() ?? [])
            {
                keys[field] = new ChannelKey(key.String("secret", required: true) ?? "", key.String("version"));
                key.Misplaced("value", "a credential never lives in this repository: add it to the secret in Secret Manager and name the version it prints (docs/observability.md)");
                key.RejectUnknownKeys();
            }

            var spec = new ChannelSpec(name, channel.String("type", required: true, NotificationChannelTypes.Types) ?? "", channel.String("displayName", required: true) ?? "", labels, keys, channel.String("existing"));
            channel.RejectUnknownKeys();
            channel.MarkBrokenSince(before, broken);
            channels[name] = spec;
        }

        return channels;
    }

    /// <summary>`notify: {CRITICAL: [pager, email], ERROR: [email], WARNING: [email]}`: every severity, each to its channels.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadNotify(YamlMap? map)
    {
        var notify = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map is null)
        {
            return notify;
        }

        foreach (var severity in MonitoringLimits.Severities)
        {
            notify[severity] = map.StringList(severity, required: true) ?? [];
        }

        map.RejectUnknownKeys();
        return notify;
    }
}
