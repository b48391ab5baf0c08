using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// A secret version's data, read by the provider when the program runs (gcp.secretmanager.getSecretVersion, whose
/// `secretData` the provider marks sensitive): the value reaches the engine as a secret and is never in the program, the
/// data or a plan. It reads the secret container this program declares, so it waits for it.
/// </summary>
public static class SecretLookup
{
    public const string Function = "gcp:secretmanager:getSecretVersion";

    public static InvokeValue Data(GcpLocation location, ChannelKey key, ReferenceValue provider) => new(
        Function,
        new MapValue
        {
            { "project", location.Project },
            { "secret", new ReferenceValue(SecretComponent.LogicalName(key.Secret), "secretId") },
            // Pinned: a new key is a reviewed change (a new version number), as Secret Manager advises
            // (https://cloud.google.com/secret-manager/docs/best-practices, "pin versions").
            { "version", key.Version ?? "" },
        },
        "secretData",
        provider);
}
