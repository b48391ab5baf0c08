using System.Text.Json;
using Netra.Infra.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// A stack's configuration as the engine passes it (`PULUMI_CONFIG`: one JSON object of `namespace:key` to
/// string) or as a `Pulumi.&lt;name&gt;.yaml` file holds it. Only our own keys are allowed: the gcp provider is
/// configured from `stacks/`, and secrets never live in configuration. A file also states how Pulumi encrypts the
/// stack's secrets (<see cref="Secrets"/>), which the engine never passes on.
/// </summary>
public sealed record StackConfiguration(string Source, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The file's `encryptionsalt`, `secretsprovider` and `encryptedkey`; none from the engine.</summary>
    public StackSecretsConfiguration Secrets { get; init; } = StackSecretsConfiguration.None;

    public const string ProfileKey = "netra:profile";

    /// <summary>Adoption mode: "true" imports what exists today instead of creating it (see docs/adoption.md).</summary>
    public const string AdoptKey = "netra:adopt";

    public static readonly IReadOnlyList<string> AllowedKeys = [ProfileKey, AdoptKey];

    public const string EngineSource = "PULUMI_CONFIG";

    public static StackConfiguration? FromEngine(string? json, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new StackConfiguration(EngineSource, new Dictionary<string, string>());
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, EngineSource, "", $"expected a JSON object of configuration values (\"netra:profile\": \"normal\"), not {Describe(document.RootElement.ValueKind)}");
                return null;
            }

            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                // The language protocol carries config as strings; structured values arrive as JSON text.
                strings[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }

            return new StackConfiguration(EngineSource, strings);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            diagnostics.Error(DiagnosticCodes.UnreadableFile, EngineSource, "", $"not valid JSON{where}: expected an object of configuration values, such as {{\"netra:profile\": \"normal\"}}");
            return null;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    public static StackConfiguration? FromFile(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlFiles.LoadMapping(file, diagnostics);
        if (root is null)
        {
            return null;
        }

        var top = new YamlMap(root, file.DisplayName, "", diagnostics);

        // Pulumi writes these beside `config:` (`pulumi stack init`, `change-secrets-provider`); a mapping or a list
        // here is a wrong type, as anywhere in our files.
        var secrets = StackSecretsConfiguration.From(key => top.String(key));

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (top.Map("config") is { } config)
        {
            foreach (var key in config.Keys)
            {
                if (config.Node.Children[new YamlScalarNode(key)] is YamlScalarNode { Value: { } text })
                {
                    values[key] = text;
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.UnknownConfigKey, file.DisplayName, $"config.{key}",
                        "only plain values belong here; a `secure:` value is a secret, and secrets live in Secret Manager, never in stack configuration");
                }
            }
        }

        top.RejectUnknownKeys();
        return new StackConfiguration(file.DisplayName, values) { Secrets = secrets };
    }

    /// <summary>The selected profile, after rejecting every key that is not ours.</summary>
    public string? Profile(DiagnosticBag diagnostics)
    {
        foreach (var key in Values.Keys.Where(k => !AllowedKeys.Contains(k)).Order(StringComparer.Ordinal))
        {
            var why = key.StartsWith("gcp:", StringComparison.Ordinal) || key.StartsWith("random:", StringComparison.Ordinal)
                ? "provider settings come from stacks/<environment>.yaml (project, region) through an explicit provider; remove it"
                : Suggestions.Closest(key, AllowedKeys) is { } near
                    ? $"did you mean '{near}'?"
                    : $"allowed: {string.Join(", ", AllowedKeys)}";
            diagnostics.Error(DiagnosticCodes.UnknownConfigKey, Source, KeyPath(key), $"unknown configuration key '{key}': {why}");
        }

        if (!Values.TryGetValue(ProfileKey, out var profile) || profile.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, Source, KeyPath(ProfileKey),
                "no profile selected: set it in the stack's file, e.g. `netra:profile: normal` in Pulumi.staging.yaml");
            return null;
        }

        return profile;
    }

    /// <summary>Whether adoption mode is on (`netra:adopt: "true"`); anything but true or false is an error.</summary>
    public bool Adopt(DiagnosticBag diagnostics)
    {
        switch (Values.GetValueOrDefault(AdoptKey))
        {
            case null or "false":
                return false;
            case "true":
                return true;
            case var other:
                diagnostics.Error(DiagnosticCodes.UnknownConfigKey, Source, KeyPath(AdoptKey), $"'{other}' is not true or false");
                return false;
        }
    }

    private string KeyPath(string key) => Source == EngineSource ? key : $"config.{key}";
}
