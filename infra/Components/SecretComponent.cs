using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// A Secret Manager secret, replicated as the data says (automatic, or user-managed in named regions), and, for
/// values we own, the version that holds the generated value.
/// </summary>
public static class SecretComponent
{
    public const string SecretType = "gcp:secretmanager:Secret";
    public const string VersionType = "gcp:secretmanager:SecretVersion";

    public static string LogicalName(string secret) => $"{secret}-secret";

    public static string VersionName(string secret) => $"{secret}-version";

    /// <summary>The import id, in the provider's documented form (secretmanager/secret.d.ts, "Import").</summary>
    public static string ImportId(GcpLocation location, string secret) => $"projects/{location.Project}/secrets/{secret}";

    public static ResourceDeclaration Declare(GcpLocation location, SecretSpec secret, ReferenceValue provider) => new(
        LogicalName(secret.Name),
        SecretType,
        new MapValue
        {
            { "secretId", secret.Name },
            { "project", location.Project },
            // As the secret has it: replication cannot change after creation (a change replaces the secret).
            { "replication", Replication(secret) },
            // The API-side guard, like the database's: deleting a secret deletes every version.
            { "deletionProtection", true },
        },
        new ResourceOptions { Provider = provider, Protect = true, RetainOnDelete = true },
        [secret.Source switch
        {
            SecretSource.External => $"{secret.Name}: a container only; a person adds its versions (docs/ownership-and-secrets.md).",
            SecretSource.Random => $"{secret.Name}: generated, {secret.Length} characters, by the random provider.",
            _ => $"{secret.Name}: composed from the instance's private address and the generated database password.",
        }]);

    private static MapValue Replication(SecretSpec secret)
    {
        if (secret.Replicas is not { } regions)
        {
            return new MapValue { { "auto", new MapValue() } };
        }

        var replicas = new ListValue();
        foreach (var region in regions)
        {
            replicas.Add(new MapValue { { "location", region } });
        }

        return new MapValue { { "userManaged", new MapValue { { "replicas", replicas } } } };
    }

    /// <summary>The version holding a value we own; services pin it, so a new value rolls out as a new revision.</summary>
    public static ResourceDeclaration DeclareVersion(string secret, PropertyValue value, ReferenceValue provider) => new(
        VersionName(secret),
        VersionType,
        new MapValue
        {
            { "secret", new ReferenceValue(LogicalName(secret), "id") },
            { "secretData", value },
        },
        new ResourceOptions { Provider = provider },
        []);
}
