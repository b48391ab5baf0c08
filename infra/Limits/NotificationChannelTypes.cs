namespace Netra.Infra.Limits;

/// <summary>
/// The notification channel types this program can declare, with their labels. Sources: the provider's
/// NotificationChannelSensitiveLabels ("authToken … Channel types that support this field include: slack", "password …
/// webhookBasicauth", "serviceKey … pagerduty"; @pulumi/gcp 9.37.0 types/input.d.ts) and Google's notification options
/// (https://cloud.google.com/monitoring/support/notification-options), whose descriptors
/// (`gcloud beta monitoring channel-descriptors list`) name each type's labels.
/// </summary>
public static class NotificationChannelTypes
{
    public static readonly IReadOnlyList<ChannelType> All =
    [
        // Email wakes nobody at night: for ERROR and WARNING.
        new("email", ["email_address"], [], null, null, Pages: false),
        // PagerDuty's Events API integration key; PagerDuty pages the person on call.
        new("pagerduty", [], [], "serviceKey", "service_key", Pages: true),
        // A text message to a phone number.
        new("sms", ["number"], [], null, null, Pages: true),
        // A webhook into the team's on-call tool (an Opsgenie or Grafana OnCall integration URL).
        new("webhook_tokenauth", ["url"], [], null, null, Pages: true),
        new("webhook_basicauth", ["url", "username"], [], "password", "password", Pages: true),
        new("slack", ["channel_name"], [], "authToken", "auth_token", Pages: false),
    ];

    /// <summary>The types as the words `observability.channels.*.type` takes (the schema's enum, the key reference).</summary>
    public static readonly TextChoice Types = new([.. All.Select(t => t.Type)], "https://cloud.google.com/monitoring/support/notification-options (the types this program can declare)");

    public static ChannelType? Of(string type) => All.FirstOrDefault(t => t.Type == type);
}
