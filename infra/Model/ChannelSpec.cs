namespace Netra.Infra.Model;

/// <summary>
/// A notification channel (Monitoring API NotificationChannel): its type, the labels that configure it, and its
/// credentials by reference (<see cref="SensitiveLabels"/>: the provider's sensitiveLabels field → where the value is
/// read). <see cref="Existing"/> is the id of the channel as it exists today, which adoption imports.
/// </summary>
public sealed record ChannelSpec(
    string Name,
    string Type,
    string DisplayName,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, ChannelKey> SensitiveLabels,
    string? Existing)
{
    /// <summary>Declared once every credential it needs has a version to read.</summary>
    public bool Declared => SensitiveLabels.Values.All(k => k.Added);
}
