using System.Text.RegularExpressions;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// An email notification channel. A channel made through the API stays unverified until someone sends it a
/// verification code (karaoke-gen#785), which the README's runbook says to do after the first `up`.
/// </summary>
public static partial class NotificationChannelComponent
{
    public const string Type = "gcp:monitoring:NotificationChannel";

    public static string LogicalName(string email) => $"notify-{NonName().Replace(email[..email.IndexOf('@')].ToLowerInvariant(), "-")}";

    public static ResourceDeclaration Declare(GcpLocation location, string email, ReferenceValue provider) => new(
        LogicalName(email),
        Type,
        new MapValue
        {
            { "project", location.Project },
            { "type", "email" },
            { "displayName", $"netra on-call ({email})" },
            { "labels", new MapValue { { "email_address", email } } },
        },
        new ResourceOptions { Provider = provider },
        []);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonName();
}
