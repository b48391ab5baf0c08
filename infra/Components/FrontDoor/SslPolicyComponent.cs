using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components.FrontDoor;

/// <summary>
/// The SSL policy the HTTPS proxy negotiates TLS with (compute/sslpolicy.d.ts: name, profile, minTlsVersion). Declared
/// whether attached or not: a policy no proxy uses changes nothing, so the step that attaches it changes the proxy alone.
/// </summary>
public static class SslPolicyComponent
{
    public const string Type = "gcp:compute:SSLPolicy";

    public static ResourceDeclaration Declare(GcpLocation location, TlsPolicySpec tls, ReferenceValue provider) => new(
        FrontDoorNames.SslPolicy,
        Type,
        new MapValue
        {
            { "name", tls.Name },
            { "project", location.Project },
            { "profile", tls.Profile },
            { "minTlsVersion", tls.MinTlsVersion },
            { "description", $"The front door's TLS: {tls.Profile} ciphers, {tls.MinTlsVersion.Replace("TLS_", "TLS ", StringComparison.Ordinal).Replace('_', '.')} or later (CIS GCP 3.9)." },
        },
        new ResourceOptions { Provider = provider },
        [tls.Attached
            ? $"Attached to the HTTPS proxy: clients that cannot negotiate {tls.MinTlsVersion} with {tls.Profile} ciphers are refused."
            : "Not attached yet: the HTTPS proxy runs Google's default policy (TLS 1.0, COMPATIBLE) until the one-time step front-door-modern-tls."]);
}
