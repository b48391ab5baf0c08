using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Validation;

/// <summary>The front door's SSL policy: a Compute Engine name, a profile and minimum TLS version the CIS benchmark
/// accepts (SslPolicyLimits, with the sources), and TLS 1.3 only with the profile that offers it.</summary>
public static class FrontDoorTlsRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Environment.FrontDoor is not { Tls: { } tls } || context.IsBroken("frontDoor"))
        {
            return;
        }

        if (!ComputeNames.Name.IsMatch(tls.Name))
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.tls.sslPolicy", $"'{tls.Name}' is not a Compute Engine name: 1 to 63 lowercase letters, digits and hyphens, a letter first, not a hyphen last (RFC 1035)");
        }

        if (!SslPolicyLimits.Profiles.Contains(tls.Profile))
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.tls.profile",
                $"'{tls.Profile}' is not allowed (allowed: {string.Join(", ", SslPolicyLimits.Profiles)}): COMPATIBLE offers the weak ciphers CIS GCP 3.9 refuses, and CUSTOM is a cipher list to keep current by hand (https://cloud.google.com/load-balancing/docs/ssl-policies-concepts)");
        }

        if (!SslPolicyLimits.MinTlsVersions.Contains(tls.MinTlsVersion))
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.tls.minTlsVersion",
                $"'{tls.MinTlsVersion}' is not allowed (allowed: {string.Join(", ", SslPolicyLimits.MinTlsVersions)}): TLS 1.0 and 1.1 are what CIS GCP 3.9 refuses");
        }
        else if (tls.MinTlsVersion == "TLS_1_3" && tls.Profile != SslPolicyLimits.Tls13Profile)
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.tls.minTlsVersion",
                $"TLS_1_3 needs the profile {SslPolicyLimits.Tls13Profile}, not {tls.Profile} (\"When set to TLS_1_3, the profile field must be set to RESTRICTED\", compute/sslpolicy.d.ts)");
        }
    }
}
