using System.Text.RegularExpressions;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// Where alerts go: every channel of a type this program knows, with exactly its labels; no credential in data (a
/// sensitive label names an external secret); a team alias, never a placeholder; every severity routed to declared
/// channels, CRITICAL to one that reaches a person at night.
/// </summary>
public static partial class ChannelRules
{
    public static void Check(ValidationContext context)
    {
        var observability = context.Environment.Observability;
        foreach (var (name, channel) in observability.Channels)
        {
            var path = $"observability.channels.{name}";
            if (!context.IsBroken(path))
            {
                CheckChannel(context, path, channel);
            }
        }

        CheckNotify(context, observability);
    }

    private static void CheckChannel(ValidationContext context, string path, ChannelSpec channel)
    {
        if (NotificationChannelTypes.Of(channel.Type) is not { } type)
        {
            context.Error(DiagnosticCodes.NotificationChannel, $"{path}.type",
                $"'{channel.Type}' is not a channel type this program declares (allowed: {string.Join(", ", NotificationChannelTypes.All.Select(t => t.Type))}; infra/Limits/NotificationChannelTypes.cs)");
            return;
        }

        foreach (var label in type.RequiredLabels.Where(l => !channel.Labels.ContainsKey(l)))
        {
            context.Error(DiagnosticCodes.NotificationChannel, $"{path}.labels", $"a {type.Type} channel needs the label {label}");
        }

        foreach (var label in channel.Labels.Keys.Where(l => !type.RequiredLabels.Contains(l) && !type.OptionalLabels.Contains(l)))
        {
            context.Error(DiagnosticCodes.NotificationChannel, $"{path}.labels.{label}", label == type.CredentialLabel
                ? $"'{label}' is the channel's credential: never in data; put it in a Secret Manager secret and name it in sensitiveLabels.{type.SensitiveLabel} (docs/observability.md)"
                : $"a {type.Type} channel has no label '{label}' (labels: {string.Join(", ", type.RequiredLabels.Concat(type.OptionalLabels).DefaultIfEmpty("none"))})");
        }

        if (type.SensitiveLabel is { } needed && !channel.SensitiveLabels.ContainsKey(needed))
        {
            context.Error(DiagnosticCodes.NotificationChannel, $"{path}.sensitiveLabels",
                $"a {type.Type} channel needs its {needed}: name the Secret Manager secret it is read from (sensitiveLabels: {{{needed}: {{secret: <name>}}}}), an external secret of `secrets`");
        }

        foreach (var (field, key) in channel.SensitiveLabels)
        {
            var keyPath = $"{path}.sensitiveLabels.{field}";
            if (field != type.SensitiveLabel)
            {
                context.Error(DiagnosticCodes.NotificationChannel, keyPath,
                    $"a {type.Type} channel has {(type.SensitiveLabel is null ? "no sensitive label" : $"one sensitive label, {type.SensitiveLabel}")} (@pulumi/gcp NotificationChannelSensitiveLabels)");
            }

            if (!context.Environment.Secrets.TryGetValue(key.Secret, out var secret))
            {
                context.Error(DiagnosticCodes.UnknownReference, $"{keyPath}.secret",
                    $"no secret '{key.Secret}' in secrets: declare its container there (`{key.Secret}: {{source: external, replication: automatic}}`), a person adds the key");
            }
            else if (secret.Source != SecretSource.External)
            {
                context.Error(DiagnosticCodes.SecretSource, $"{keyPath}.secret",
                    $"secret '{key.Secret}' is {secret.Source}, but a channel's credential comes from the service it pages into: make it `source: external`, added by a person");
            }

            if (key.Version is { } version && !SecretVersion().IsMatch(version))
            {
                context.Error(DiagnosticCodes.NotificationChannel, $"{keyPath}.version",
                    $"'{version}' is not a version number: name the version `gcloud secrets versions add` printed (1, 2, …), never `latest`, so that a new key is a reviewed change");
            }
        }

        if (channel.Existing is { } existing && !ChannelId().IsMatch(existing))
        {
            context.Error(DiagnosticCodes.NotificationChannel, $"{path}.existing",
                $"'{existing}' is not a channel id: the last part of the channel's name, projects/<project>/notificationChannels/<id> (gcloud beta monitoring channels list)");
        }

        if (type.Type == "email" && channel.Labels.TryGetValue("email_address", out var email))
        {
            CheckEmail(context, $"{path}.labels.email_address", email);
        }
    }

    private static void CheckEmail(ValidationContext context, string path, string email)
    {
        if (!MonitoringLimits.Email().IsMatch(email))
        {
            context.Error(DiagnosticCodes.NotificationChannel, path, $"'{email}' is not an email address");
        }
        else if (MonitoringLimits.IsPlaceholder(email))
        {
            // Staging is where the outage happened and ran for hours unseen: no environment pages a placeholder.
            context.Error(DiagnosticCodes.NotificationChannel, path,
                $"'{email}' is a placeholder (a domain reserved for examples, RFC 2606) that pages nobody: give the team's real alias (docs/observability.md)");
        }
    }

    private static void CheckNotify(ValidationContext context, ObservabilitySpec observability)
    {
        foreach (var (severity, names) in observability.Notify)
        {
            var path = $"observability.notify.{severity}";
            if (names.Count == 0)
            {
                context.Error(DiagnosticCodes.NotificationChannel, path,
                    "no channel: an alert nobody receives is how an outage ran 14 hours unnoticed (karaoke-gen#783)");
            }

            foreach (var name in names.Where(n => !observability.Channels.ContainsKey(n)))
            {
                context.Error(DiagnosticCodes.UnknownReference, path, $"no channel '{name}' in observability.channels (channels: {string.Join(", ", observability.Channels.Keys)})");
            }
        }

        // A channel of a type already refused is not judged on whether it pages.
        if (observability.Notify.TryGetValue("CRITICAL", out var critical) && critical.Count > 0
            && !critical.Any(n => observability.Channels.TryGetValue(n, out var c) && NotificationChannelTypes.Of(c.Type) is null)
            && !critical.Any(n => observability.Channels.TryGetValue(n, out var c) && NotificationChannelTypes.Of(c.Type) is { Pages: true }))
        {
            context.Error(DiagnosticCodes.NotificationChannel, "observability.notify.CRITICAL",
                $"no channel that reaches a person at night ({string.Join(", ", NotificationChannelTypes.All.Where(t => t.Pages).Select(t => t.Type))}): email wakes nobody, and CRITICAL is what the on-call is paged for");
        }
    }

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex SecretVersion();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex ChannelId();
}
