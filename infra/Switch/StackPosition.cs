using System.Text.Json;

namespace Netra.Infra.Switch;

/// <summary>
/// Where the stack is: the profile its last `up` ran, from its stack output `profile` (every program exports it,
/// StackProgram). `pulumi stack output --json` prints one object of output name → value, `{}` for a stack never
/// updated (pulumi/pulumi pkg/cmd/pulumi/stack/stack_output.go); a secret output would read "[secret]".
/// </summary>
public static class StackPosition
{
    public const string ProfileOutput = "profile";

    /// <summary>The profile, or null with why not.</summary>
    public static (string? Profile, string? Problem) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "the stack outputs are not a JSON object");
            }

            if (!document.RootElement.TryGetProperty(ProfileOutput, out var profile))
            {
                return (null, document.RootElement.EnumerateObject().Any()
                    ? $"the stack has no output `{ProfileOutput}`: its last update was not made by this program"
                    : "the stack has no outputs: it was never updated (adopt what exists first: docs/adoption.md)");
            }

            return profile.ValueKind == JsonValueKind.String && profile.GetString() is { Length: > 0 } name && name != "[secret]"
                ? (name, null)
                : (null, $"the stack output `{ProfileOutput}` is not a profile name ({profile.GetRawText()})");
        }
        catch (JsonException e)
        {
            return (null, $"`pulumi stack output --json` did not print JSON ({e.Message})");
        }
    }
}
