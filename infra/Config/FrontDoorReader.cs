using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `frontDoor`: the balancer's part names, the certificate's domains, each service's endpoint group and backend
/// service, and the routes. What serverless backends cannot have is refused here, with the reason, since people who
/// know load balancers write it (health checks, backend timeouts).
/// </summary>
public static class FrontDoorReader
{
    private const string NoHealthCheck =
        "\"Health checks are not supported for serverless backends\" (https://cloud.google.com/load-balancing/docs/negs/serverless-neg-concepts; the API: \"A backend service cannot have a healthcheck with Serverless network endpoint group backends\", TPG#7311, #7433): Cloud Run's startup probe decides when a revision serves";

    private const string NoTimeout =
        "\"The backend service timeout setting does not apply to backend services with serverless NEG backends\" (the balancer's is a fixed 60 minutes, https://cloud.google.com/load-balancing/docs/negs/serverless-neg-concepts): Cloud Run's request timeout (timeoutSeconds of the service's profile) ends a request, a WebSocket included";

    public static FrontDoorSpec? Read(YamlMap? map, ISet<string> broken)
    {
        if (map is null)
        {
            return null;
        }

        var before = map.FindingCount;
        var certificate = map.Map("certificate", required: true);
        var redirect = map.Map("httpRedirect", required: true);
        var backends = new Dictionary<string, FrontDoorBackend>(StringComparer.Ordinal);
        foreach (var (role, backend) in map.Map("backends", required: true)?.MapEntries() ?? [])
        {
            backend.Misplaced("healthCheck", NoHealthCheck);
            backend.Misplaced("timeoutSec", NoTimeout);
            backends[role] = new FrontDoorBackend(role, backend.String("neg", required: true, ComputeNames.Name) ?? "", backend.String("backendService", required: true, ComputeNames.Name) ?? "", backend.Int("webSocketSessionSeconds"));
            backend.RejectUnknownKeys();
        }

        var routes = new List<FrontDoorRoute>();
        foreach (var route in map.MapList("routes") ?? [])
        {
            route.Misplaced("healthCheck", NoHealthCheck);
            var paths = route.Map("paths")?.ScalarEntries().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? [];
            routes.Add(new FrontDoorRoute(route.String("host", required: true, LoadBalancerLimits.Host) ?? "", route.String("service", required: true) ?? "", paths));
            route.RejectUnknownKeys();
        }

        var tls = map.Map("tls", required: true);
        var tlsPolicy = tls is null ? null : new TlsPolicySpec(
            tls.String("sslPolicy", required: true, ComputeNames.Name) ?? "",
            tls.String("profile", required: true, SslPolicyLimits.Profiles) ?? "",
            tls.String("minTlsVersion", required: true, SslPolicyLimits.MinTlsVersions) ?? "",
            tls.Bool("attached", required: true) ?? false);
        tls?.RejectUnknownKeys();
        var spec = new FrontDoorSpec(
            map.String("loadBalancingScheme", required: true, LoadBalancerLimits.Schemes) ?? "",
            map.String("backendProtocol", required: true, LoadBalancerLimits.BackendProtocols) ?? "",
            map.String("address", required: true, ComputeNames.Name) ?? "",
            new CertificateSpec(certificate?.String("name", required: true, ComputeNames.Name) ?? "", certificate?.StringList("domains", required: true, LoadBalancerLimits.Host) ?? []),
            map.String("urlMap", required: true, ComputeNames.Name) ?? "",
            map.String("httpsProxy", required: true, ComputeNames.Name) ?? "",
            map.String("forwardingRule", required: true, ComputeNames.Name) ?? "",
            new HttpRedirectSpec(redirect?.String("urlMap", required: true, ComputeNames.Name) ?? "", redirect?.String("httpProxy", required: true, ComputeNames.Name) ?? "", redirect?.String("forwardingRule", required: true, ComputeNames.Name) ?? ""),
            backends,
            routes,
            tlsPolicy,
            map.Decimal("requestLogSampleRate", required: true, NetworkLoggingLimits.RequestSampleRate) ?? 0m);
        certificate?.RejectUnknownKeys();
        redirect?.RejectUnknownKeys();
        map.RejectUnknownKeys();
        map.MarkBrokenSince(before, broken);
        return spec;
    }
}
