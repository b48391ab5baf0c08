namespace Netra.Infra.Config;

/// <summary>
/// How a stack's secrets are encrypted, as its `Pulumi.&lt;name&gt;.yaml` states it (Pulumi's `ProjectStack`): the
/// passphrase provider's <see cref="EncryptionSalt"/>, or a cloud provider's <see cref="SecretsProvider"/> URL with its
/// <see cref="EncryptedKey"/>, or nothing at all (Pulumi Cloud's default secrets live in the service). None of the three
/// is secret: the salt only checks a passphrase, and the key is encrypted by the KMS key the URL names.
/// </summary>
public sealed record StackSecretsConfiguration(string? EncryptionSalt, string? SecretsProvider, string? EncryptedKey)
{
    public const string EncryptionSaltKey = "encryptionsalt";
    public const string SecretsProviderKey = "secretsprovider";
    public const string EncryptedKeyKey = "encryptedkey";

    /// <summary>The top-level keys, in the order Pulumi writes them (its `ProjectStack` fields).</summary>
    public static readonly IReadOnlyList<string> Keys = [SecretsProviderKey, EncryptedKeyKey, EncryptionSaltKey];

    /// <summary>Pulumi Cloud's default secrets: nothing in the file.</summary>
    public static readonly StackSecretsConfiguration None = new(null, null, null);

    /// <summary>The configuration from the keys' values; an empty value is no value, as Pulumi reads it (`omitempty`).</summary>
    public static StackSecretsConfiguration From(Func<string, string?> valueOf) =>
        new(Present(valueOf(EncryptionSaltKey)), Present(valueOf(SecretsProviderKey)), Present(valueOf(EncryptedKeyKey)));

    public string? Value(string key) => key switch
    {
        EncryptionSaltKey => EncryptionSalt,
        SecretsProviderKey => SecretsProvider,
        EncryptedKeyKey => EncryptedKey,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a secrets configuration key"),
    };

    /// <summary>The keys set, in <see cref="Keys"/> order.</summary>
    public IReadOnlyList<string> KeysSet => Keys.Where(k => Value(k) is not null).ToList();

    /// <summary>For people: which provider this is ("the passphrase provider", "secrets provider gcpkms://…").</summary>
    public string Describe() => this switch
    {
        { SecretsProvider: { } url } when url is not ("passphrase" or "default") => $"secrets provider {YamlFiles.Clip(url)}",
        { EncryptionSalt: not null } => "the passphrase provider",
        _ when KeysSet.Count == 0 => "the backend's default secrets (none of encryptionsalt, secretsprovider, encryptedkey)",
        _ => $"only {string.Join(" and ", KeysSet)}",
    };

    private static string? Present(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
