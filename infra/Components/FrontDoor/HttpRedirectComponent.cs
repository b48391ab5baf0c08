using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components.FrontDoor;

/// <summary>
/// Port 80 on the same address: a URL map whose only answer is a permanent redirect to HTTPS, its HTTP proxy and
/// forwarding rule (compute/uRLMap.d.ts defaultUrlRedirect; the provider's example, magic-modules
/// samples/services/compute/target_http_proxy_https_redirect.tf.tmpl).
/// </summary>
public static class HttpRedirectComponent
{
    public const string ProxyType = "gcp:compute:TargetHttpProxy";

    public static string ProxyImportId(GcpLocation location, string name) => $"projects/{location.Project}/global/targetHttpProxies/{name}";

    public static IReadOnlyList<ResourceDeclaration> Declare(GcpLocation location, FrontDoorSpec door, ReferenceValue provider) =>
    [
        new(FrontDoorNames.RedirectMap, UrlMapComponent.Type,
            new MapValue
            {
                { "name", door.Redirect.UrlMap },
                { "project", location.Project },
                {
                    "defaultUrlRedirect", new MapValue
                    {
                        { "httpsRedirect", true },
                        { "redirectResponseCode", "MOVED_PERMANENTLY_DEFAULT" },
                        { "stripQuery", false },
                    }
                },
            },
            new ResourceOptions { Provider = provider },
            ["HTTP answers with a permanent redirect to HTTPS, path and query kept."]),
        new(FrontDoorNames.HttpProxy, ProxyType,
            new MapValue { { "name", door.Redirect.HttpProxy }, { "project", location.Project }, { "urlMap", new ReferenceValue(FrontDoorNames.RedirectMap, "id") } },
            new ResourceOptions { Provider = provider },
            []),
        new(FrontDoorNames.HttpRule, HttpsFrontendComponent.RuleType,
            new MapValue
            {
                { "name", door.Redirect.ForwardingRule },
                { "project", location.Project },
                { "target", new ReferenceValue(FrontDoorNames.HttpProxy, "id") },
                { "ipAddress", new ReferenceValue(FrontDoorNames.Address, "address") },
                { "portRange", "80" },
                { "loadBalancingScheme", door.LoadBalancingScheme },
            },
            new ResourceOptions { Provider = provider },
            []),
    ];
}
