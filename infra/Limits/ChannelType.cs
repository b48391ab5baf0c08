namespace Netra.Infra.Limits;

/// <summary>
/// A notification channel type this program declares: the labels it requires, the one that holds a credential (never
/// in data: a sensitive label read from Secret Manager), and whether it reaches a person at any hour.
/// </summary>
/// <param name="Type">The Monitoring API's type name (NotificationChannel.type).</param>
/// <param name="RequiredLabels">Labels the type needs (NotificationChannelDescriptor labels).</param>
/// <param name="OptionalLabels">Other labels the type takes.</param>
/// <param name="SensitiveLabel">The provider's `sensitiveLabels` field for its credential, if it has one.</param>
/// <param name="CredentialLabel">That credential's label name, refused in `labels`: a credential in data is a leak.</param>
/// <param name="Pages">Whether it reaches a person at night (a pager, a phone), as CRITICAL alerts must.</param>
public sealed record ChannelType(
    string Type,
    IReadOnlyList<string> RequiredLabels,
    IReadOnlyList<string> OptionalLabels,
    string? SensitiveLabel,
    string? CredentialLabel,
    bool Pages);
