using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components.FrontDoor;

/// <summary>
/// Where users arrive: the reserved global address, the HTTPS proxy with the certificate and the URL map, and the
/// forwarding rule on port 443 (compute/globalAddress.d.ts, targetHttpsProxy.d.ts, globalForwardingRule.d.ts; the
/// provider's examples managed_ssl_certificate_basic.tf.tmpl and global_forwarding_rule_external_managed.tf.tmpl).
/// </summary>
public static class HttpsFrontendComponent
{
    public const string AddressType = "gcp:compute:GlobalAddress";
    public const string ProxyType = "gcp:compute:TargetHttpsProxy";
    public const string RuleType = "gcp:compute:GlobalForwardingRule";

    public static string AddressImportId(GcpLocation location, string name) => $"projects/{location.Project}/global/addresses/{name}";

    public static string ProxyImportId(GcpLocation location, string name) => $"projects/{location.Project}/global/targetHttpsProxies/{name}";

    public static string RuleImportId(GcpLocation location, string name) => $"projects/{location.Project}/global/forwardingRules/{name}";

    public static IReadOnlyList<ResourceDeclaration> Declare(GcpLocation location, FrontDoorSpec door, ReferenceValue provider)
    {
        var proxy = new MapValue
        {
            { "name", door.HttpsProxy },
            { "project", location.Project },
            { "urlMap", new ReferenceValue(FrontDoorNames.UrlMap, "id") },
            { "sslCertificates", new ListValue { new ReferenceValue(FrontDoorNames.Certificate, "id") } },
        };
        if (door.Tls is { Attached: true })
        {
            // Without it the proxy negotiates Google's default: TLS 1.0 and the COMPATIBLE ciphers (SslPolicyLimits).
            proxy.Add("sslPolicy", new ReferenceValue(FrontDoorNames.SslPolicy, "selfLink"));
        }

        return
        [
        new(FrontDoorNames.Address, AddressType,
            new MapValue { { "name", door.Address }, { "project", location.Project } },
            new ResourceOptions { Provider = provider },
            ["The address the front door's DNS records point at: reserved, so it survives the rules that use it."]),
        new(FrontDoorNames.HttpsProxy, ProxyType, proxy, new ResourceOptions { Provider = provider }, []),
        new(FrontDoorNames.HttpsRule, RuleType,
            new MapValue
            {
                { "name", door.ForwardingRule },
                { "project", location.Project },
                { "target", new ReferenceValue(FrontDoorNames.HttpsProxy, "id") },
                { "ipAddress", new ReferenceValue(FrontDoorNames.Address, "address") },
                { "portRange", "443" },
                { "loadBalancingScheme", door.LoadBalancingScheme },
            },
            new ResourceOptions { Provider = provider },
            []),
        ];
    }
}
