using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// A notification channel of any type this program knows (Limits.NotificationChannelTypes). A credential is a sensitive
/// label read from its secret's version when the program runs (<see cref="SecretLookup"/>), never a value in the program;
/// the provider marks sensitiveLabels sensitive (@pulumi/gcp NotificationChannelSensitiveLabels). An email channel made
/// through the API stays unverified until someone sends it a verification code (karaoke-gen#785), which docs/runbook.md's
/// runbook says to do after the first `up`.
/// </summary>
public static class NotificationChannelComponent
{
    public const string Type = "gcp:monitoring:NotificationChannel";

    public static string LogicalName(string channel) => $"{channel}-channel";

    /// <summary>The import id: the channel's full name (NotificationChannel, Import: `{{name}}`).</summary>
    public static string ImportId(GcpLocation location, string id) => $"projects/{location.Project}/notificationChannels/{id}";

    public static ResourceDeclaration Declare(GcpLocation location, ChannelSpec channel, ReferenceValue provider)
    {
        var labels = new MapValue();
        foreach (var (label, value) in channel.Labels)
        {
            labels.Add(label, value);
        }

        var properties = new MapValue
        {
            { "project", location.Project },
            { "type", channel.Type },
            { "displayName", channel.DisplayName },
            { "labels", labels },
        };
        if (channel.SensitiveLabels.Count > 0)
        {
            var sensitive = new MapValue();
            foreach (var (field, key) in channel.SensitiveLabels)
            {
                sensitive.Add(field, SecretLookup.Data(location, key, provider));
            }

            properties.Add("sensitiveLabels", sensitive);
        }

        return new ResourceDeclaration(
            LogicalName(channel.Name),
            Type,
            properties,
            new ResourceOptions { Provider = provider },
            [channel.SensitiveLabels.Count == 0
                ? $"{channel.Name}: {channel.Type}."
                : $"{channel.Name}: {channel.Type}, its {string.Join(", ", channel.SensitiveLabels.Keys)} read from {string.Join(", ", channel.SensitiveLabels.Values.Select(k => $"{k.Secret} version {k.Version}"))} when the program runs."]);
    }
}
