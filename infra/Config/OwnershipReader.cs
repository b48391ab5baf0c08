using Netra.Infra.Diagnostics;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads `ownership`: `identities: existing | own` and `credentials: existing | generated`, both required.</summary>
public static class OwnershipReader
{
    public static Ownership Read(YamlMap? map)
    {
        var identities = map?.String("identities", required: true) switch
        {
            null or "existing" => IdentityOwnership.Existing,
            "own" => IdentityOwnership.Own,
            var other => Unknown(map!, "identities", other, "existing, own", IdentityOwnership.Existing),
        };
        var credentials = map?.String("credentials", required: true) switch
        {
            null or "existing" => CredentialOwnership.Existing,
            "generated" => CredentialOwnership.Generated,
            var other => Unknown(map!, "credentials", other, "existing, generated", CredentialOwnership.Existing),
        };
        map?.RejectUnknownKeys();
        return new Ownership(identities, credentials);
    }

    private static T Unknown<T>(YamlMap map, string key, string value, string allowed, T fallback)
    {
        map.Diagnostics.Error(DiagnosticCodes.WrongType, map.File, map.KeyPath(key), $"'{value}' is not one of {allowed}");
        return fallback;
    }
}
