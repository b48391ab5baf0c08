namespace Netra.Infra.Model;

/// <summary>
/// The front door: a global external Application Load Balancer in front of the services (records 001 and 004). Users
/// reach <see cref="Routes"/>' hosts on <see cref="Address"/>; the HTTPS forwarding rule and proxy terminate TLS with
/// <see cref="Certificate"/>, the URL map sends each host and path to a service's backend service and its serverless
/// network endpoint group, and a second URL map redirects HTTP to HTTPS. The names are GCP's, fixed: the parts exist
/// today and adoption imports them. <see cref="LoadBalancingScheme"/> is the existing balancer's (EXTERNAL_MANAGED, or
/// EXTERNAL for the classic one), stated because the provider's default changed between major versions (TPG 8.0
/// upgrade guide); <see cref="BackendProtocol"/> is how it speaks to the endpoint groups (HTTP, HTTPS or HTTP2).
/// <see cref="Tls"/> is the HTTPS proxy's SSL policy; <see cref="RequestLogSampleRate"/> the share of requests each
/// backend service logs (0: none, as today; 1: every one).
/// </summary>
public sealed record FrontDoorSpec(
    string LoadBalancingScheme,
    string BackendProtocol,
    string Address,
    CertificateSpec Certificate,
    string UrlMap,
    string HttpsProxy,
    string ForwardingRule,
    HttpRedirectSpec Redirect,
    IReadOnlyDictionary<string, FrontDoorBackend> Backends,
    IReadOnlyList<FrontDoorRoute> Routes,
    TlsPolicySpec? Tls = null,
    decimal RequestLogSampleRate = 0m);

/// <summary>A Google-managed certificate and the hosts it covers: exactly the hosts routed.</summary>
public sealed record CertificateSpec(string Name, IReadOnlyList<string> Domains);

/// <summary>Port 80: a URL map that only redirects to HTTPS, its HTTP proxy and forwarding rule (on the same address).</summary>
public sealed record HttpRedirectSpec(string UrlMap, string HttpProxy, string ForwardingRule);

/// <summary>
/// A service behind the balancer: its serverless network endpoint group and backend service. A service that keeps
/// WebSockets open states the longest session it keeps (<see cref="WebSocketSessionSeconds"/>): for a serverless
/// backend, Cloud Run's request timeout is what ends it.
/// </summary>
public sealed record FrontDoorBackend(string Role, string Neg, string BackendService, int? WebSocketSessionSeconds);

/// <summary>A host, the service it goes to, and paths of it that go to another service (`/auth/*` → auth).</summary>
public sealed record FrontDoorRoute(string Host, string Service, IReadOnlyDictionary<string, string> Paths);
