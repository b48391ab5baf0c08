namespace Netra.Infra.Limits;

/// <summary>
/// The SSL policy of the front door's HTTPS proxy. A proxy without one runs Google's default, "equivalent to an SSL policy
/// that uses the COMPATIBLE profile with a minimum TLS version of TLS 1.0"
/// (https://cloud.google.com/load-balancing/docs/ssl-policies-concepts); the CIS Google Cloud Platform Foundation
/// Benchmark (v3.0.0, 3.9) refuses that, and accepts MODERN or RESTRICTED with TLS 1.2 or later. Values as the provider
/// takes them (@pulumi/gcp 9.37.0 compute/sslpolicy.d.ts: profile, minTlsVersion; "When set to TLS_1_3, the profile
/// field must be set to RESTRICTED").
/// </summary>
public static class SslPolicyLimits
{
    /// <summary>The profiles allowed here, with the ciphers each offers: COMPATIBLE (the widest), CUSTOM (a list of ours
    /// to keep current) and FIPS_202205 are refused.</summary>
    public static readonly TextChoice Profiles = new(["MODERN", "RESTRICTED"], "@pulumi/gcp 9.37.0 compute/sslpolicy.d.ts profile; CIS GCP 3.9");

    /// <summary>The minimum TLS versions allowed: 1.2 and 1.3 (TLS 1.0 and 1.1 are what CIS 3.9 refuses).</summary>
    public static readonly TextChoice MinTlsVersions = new(["TLS_1_2", "TLS_1_3"], "@pulumi/gcp 9.37.0 compute/sslpolicy.d.ts minTlsVersion; CIS GCP 3.9");

    /// <summary>TLS 1.3 alone is offered only with the RESTRICTED profile (sslpolicy.d.ts, minTlsVersion).</summary>
    public const string Tls13Profile = "RESTRICTED";
}
