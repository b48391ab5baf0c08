using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// The front door before anything is emitted: names, host names, a certificate covering exactly the hosts routed,
/// routes to declared services with paths that do not clash, WebSocket sessions that the services' request timeouts
/// allow, and services that the balancer can reach and no one can reach around it.
/// </summary>
public static class FrontDoorRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Environment.FrontDoor is not { } door || context.IsBroken("frontDoor"))
        {
            return;
        }

        if (!LoadBalancerLimits.Schemes.Contains(door.LoadBalancingScheme))
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.loadBalancingScheme",
                $"'{door.LoadBalancingScheme}' is not a global external Application Load Balancer's scheme (allowed: EXTERNAL_MANAGED, EXTERNAL for the classic one)");
        }

        if (!LoadBalancerLimits.BackendProtocols.Contains(door.BackendProtocol))
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.backendProtocol", $"'{door.BackendProtocol}' is not a backend protocol for serverless endpoint groups (allowed: HTTP, HTTPS, HTTP2)");
        }

        CheckNames(context, door);
        CheckRoutes(context, door);
        CheckCertificate(context, door);
        CheckBackends(context, door);
    }

    private static void CheckNames(ValidationContext context, FrontDoorSpec door)
    {
        var names = new List<(string Path, string Name)>
        {
            ("frontDoor.address", door.Address), ("frontDoor.certificate.name", door.Certificate.Name), ("frontDoor.urlMap", door.UrlMap),
            ("frontDoor.httpsProxy", door.HttpsProxy), ("frontDoor.forwardingRule", door.ForwardingRule), ("frontDoor.httpRedirect.urlMap", door.Redirect.UrlMap),
            ("frontDoor.httpRedirect.httpProxy", door.Redirect.HttpProxy), ("frontDoor.httpRedirect.forwardingRule", door.Redirect.ForwardingRule),
        };
        names.AddRange(door.Backends.Values.SelectMany(b => new[] { ($"frontDoor.backends.{b.Role}.neg", b.Neg), ($"frontDoor.backends.{b.Role}.backendService", b.BackendService) }));
        foreach (var (path, name) in names.Where(n => !ComputeNames.Name.IsMatch(n.Name)))
        {
            context.Error(DiagnosticCodes.FrontDoor, path, $"'{name}' is not a Compute Engine name: 1 to 63 lowercase letters, digits and hyphens, a letter first, not a hyphen last (RFC 1035)");
        }
    }

    private static void CheckRoutes(ValidationContext context, FrontDoorSpec door)
    {
        var hosts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < door.Routes.Count; i++)
        {
            var route = door.Routes[i];
            var path = $"frontDoor.routes[{i}]";
            if (!LoadBalancerLimits.Host.IsMatch(route.Host))
            {
                context.Error(DiagnosticCodes.FrontDoor, $"{path}.host", $"'{route.Host}' is not a host name: lowercase labels of letters, digits and hyphens joined by dots, no wildcard (RFC 1123; Google-managed certificates take none)");
            }
            else if (!hosts.TryAdd(route.Host, i))
            {
                context.Error(DiagnosticCodes.FrontDoor, $"{path}.host", $"'{route.Host}' is also frontDoor.routes[{hosts[route.Host]}].host: a host has one rule in a URL map");
            }

            Service(context, $"{path}.service", route.Service, door);
            foreach (var (urlPath, service) in route.Paths)
            {
                if (!LoadBalancerLimits.Path().IsMatch(urlPath))
                {
                    context.Error(DiagnosticCodes.FrontDoor, $"{path}.paths.{urlPath}",
                        $"'{urlPath}' is not a URL map path: '/' first, '*' only at the end after a '/' ('/auth/*'), no '?' or '#' (TPG compute_url_map, path_rule.paths)");
                }

                Service(context, $"{path}.paths.{urlPath}", service, door);
            }
        }
    }

    private static void Service(ValidationContext context, string path, string role, FrontDoorSpec door)
    {
        if (!context.Environment.Services.ContainsKey(role))
        {
            context.Error(DiagnosticCodes.FrontDoor, path, $"no service '{role}' to route to (services: {string.Join(", ", context.Environment.Services.Keys)})");
        }
        else if (!door.Backends.ContainsKey(role))
        {
            context.Error(DiagnosticCodes.FrontDoor, path, $"'{role}' has no backend: add frontDoor.backends.{role} {{neg, backendService}}");
        }
    }

    /// <summary>A Google-managed certificate is provisioned once every domain on it resolves to the balancer: a host the
    /// balancer routes but the certificate lacks gets no TLS, and a domain the balancer does not route never provisions.</summary>
    private static void CheckCertificate(ValidationContext context, FrontDoorSpec door)
    {
        var domains = door.Certificate.Domains;
        if (domains.Count > LoadBalancerLimits.MaxCertificateDomains)
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.certificate.domains", $"{domains.Count} domains; a Google-managed certificate has at most {LoadBalancerLimits.MaxCertificateDomains}");
        }

        for (var i = 0; i < door.Routes.Count; i++)
        {
            if (!domains.Contains(door.Routes[i].Host, StringComparer.Ordinal))
            {
                context.Error(DiagnosticCodes.FrontDoor, $"frontDoor.routes[{i}].host",
                    $"'{door.Routes[i].Host}' is routed but not covered by frontDoor.certificate.domains ({string.Join(", ", domains)}): browsers would refuse its TLS; add it to the certificate");
            }
        }

        foreach (var domain in domains.Where(d => !door.Routes.Any(r => r.Host == d)))
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.certificate.domains",
                $"'{domain}' is on the certificate but no route serves it: a Google-managed certificate is provisioned only when every domain on it resolves to this balancer (https://cloud.google.com/load-balancing/docs/ssl-certificates/google-managed-certs); route it, or remove it");
        }
    }

    private static void CheckBackends(ValidationContext context, FrontDoorSpec door)
    {
        foreach (var backend in door.Backends.Values)
        {
            var path = $"frontDoor.backends.{backend.Role}";
            if (!context.Environment.Services.TryGetValue(backend.Role, out var service))
            {
                context.Error(DiagnosticCodes.FrontDoor, path, $"no service '{backend.Role}' (services: {string.Join(", ", context.Environment.Services.Keys)})");
                continue;
            }

            if (!door.Routes.Any(r => r.Service == backend.Role || r.Paths.Values.Contains(backend.Role)))
            {
                context.Error(DiagnosticCodes.FrontDoor, path, $"no route leads to {backend.Role}: route a host or path to it, or remove its backend");
            }

            // The balancer does not authenticate: its requests reach Cloud Run without an identity.
            if (!service.Invokers.Public)
            {
                context.Error(DiagnosticCodes.FrontDoor, $"services.{backend.Role}.invokers",
                    $"{backend.Role} is behind the front door, which calls it without an identity: it needs `invokers: public` (the invoker check off), or every request through the balancer is refused (403)");
            }

            if (service.Ingress == "INGRESS_TRAFFIC_INTERNAL_ONLY")
            {
                context.Error(DiagnosticCodes.FrontDoor, $"services.{backend.Role}.ingress",
                    $"INGRESS_TRAFFIC_INTERNAL_ONLY refuses the balancer's requests: INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER admits them and refuses the internet's (https://cloud.google.com/run/docs/securing/ingress)");
            }

            if (backend.WebSocketSessionSeconds is { } session)
            {
                if (session > LoadBalancerLimits.ServerlessBackendTimeoutSeconds)
                {
                    context.Error(DiagnosticCodes.FrontDoor, $"{path}.webSocketSessionSeconds",
                        $"{session} s is longer than the balancer keeps any request to a serverless backend: \"the default timeout is 60 minutes. This timeout is not configurable\" (https://cloud.google.com/load-balancing/docs/negs/serverless-neg-concepts)");
                }

                foreach (var profile in context.Environment.Profiles.Values.Where(p => p.Services.TryGetValue(backend.Role, out var c) && c.TimeoutSeconds < session))
                {
                    context.Error(DiagnosticCodes.FrontDoor, $"profiles.{profile.Name}.services.{backend.Role}.timeoutSeconds",
                        $"{profile.Services[backend.Role].TimeoutSeconds} s ends {backend.Role}'s WebSocket sessions before their {session} s (frontDoor.backends.{backend.Role}.webSocketSessionSeconds): behind a serverless backend, Cloud Run's request timeout is what closes a WebSocket (https://cloud.google.com/run/docs/triggering/websockets)");
                }
            }
        }
    }
}
