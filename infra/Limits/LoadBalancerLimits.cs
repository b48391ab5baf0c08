using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>The global external Application Load Balancer's rules for the parts this program declares.</summary>
public static partial class LoadBalancerLimits
{
    /// <summary>A host name: dot-separated labels of lowercase letters, digits and hyphens, at most 63 each and 253 in
    /// all (RFC 1123). Google-managed certificates take no wildcard
    /// (https://cloud.google.com/load-balancing/docs/ssl-certificates/google-managed-certs).</summary>
    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$")]
    public static partial Regex HostName();

    /// <summary>The global external Application Load Balancer's schemes: EXTERNAL_MANAGED, or EXTERNAL for the classic one
    /// (@pulumi/gcp 9.37.0 compute BackendService.loadBalancingScheme).</summary>
    public static readonly TextChoice Schemes = new(["EXTERNAL_MANAGED", "EXTERNAL"], "@pulumi/gcp 9.37.0 compute BackendService.loadBalancingScheme (the global external ones)");

    /// <summary>The protocols a backend service with serverless endpoint groups speaks to them.</summary>
    public static readonly TextChoice BackendProtocols = new(["HTTP", "HTTPS", "HTTP2"], "@pulumi/gcp 9.37.0 compute BackendService.protocol (serverless NEGs)");

    public static readonly TextPattern Host = new(HostName(), "a host name without a wildcard (RFC 1123)", "https://cloud.google.com/load-balancing/docs/ssl-certificates/google-managed-certs");

    /// <summary>"Currently, there can be up to 100 domains in this list" (TPG compute_managed_ssl_certificate,
    /// managed.domains).</summary>
    public const int MaxCertificateDomains = 100;

    /// <summary>A URL map path: "Each must start with / and the only place a * is allowed is at the end following a /";
    /// no `?` or `#` (TPG compute_url_map, path_rule.paths).</summary>
    [GeneratedRegex("^/([^*?#]*[^*?#/])?(/\\*)?$|^/\\*$")]
    public static partial Regex Path();

    /// <summary>"For backend services with serverless NEG backends, the default timeout is 60 minutes. This timeout is not
    /// configurable" (https://cloud.google.com/load-balancing/docs/negs/serverless-neg-concepts).</summary>
    public const int ServerlessBackendTimeoutSeconds = 3600;
}
