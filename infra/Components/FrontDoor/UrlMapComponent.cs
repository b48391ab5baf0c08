using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components.FrontDoor;

/// <summary>
/// The URL map: each host to its service's backend, with the paths of it that go to another service
/// (compute/uRLMap.d.ts: hostRules, pathMatchers, pathRules). A host no rule names goes to the first route's service.
/// </summary>
public static class UrlMapComponent
{
    public const string Type = "gcp:compute:URLMap";

    public static string ImportId(GcpLocation location, string name) => $"projects/{location.Project}/global/urlMaps/{name}";

    public static ResourceDeclaration Declare(GcpLocation location, FrontDoorSpec door, ReferenceValue provider)
    {
        var hostRules = new ListValue();
        var pathMatchers = new ListValue();
        foreach (var route in door.Routes)
        {
            var matcher = Matcher(route.Host);
            hostRules.Add(new MapValue { { "hosts", new ListValue { route.Host } }, { "pathMatcher", matcher } });
            var pathRules = new ListValue();
            foreach (var group in route.Paths.GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var paths = new ListValue();
                foreach (var path in group.Select(p => p.Key).Order(StringComparer.Ordinal))
                {
                    paths.Add(path);
                }

                pathRules.Add(new MapValue { { "paths", paths }, { "service", Backend(group.Key) } });
            }

            var pathMatcher = new MapValue { { "name", matcher }, { "defaultService", Backend(route.Service) } };
            if (pathRules.Items.Count > 0)
            {
                pathMatcher.Add("pathRules", pathRules);
            }

            pathMatchers.Add(pathMatcher);
        }

        return new ResourceDeclaration(
            FrontDoorNames.UrlMap,
            Type,
            new MapValue
            {
                { "name", door.UrlMap },
                { "project", location.Project },
                { "defaultService", Backend(door.Routes[0].Service) },
                { "hostRules", hostRules },
                { "pathMatchers", pathMatchers },
            },
            new ResourceOptions { Provider = provider },
            [.. door.Routes.Select(r => $"{r.Host} → {r.Service}{string.Concat(r.Paths.Select(p => $", {p.Key} → {p.Value}"))}")]);
    }

    /// <summary>A path matcher's name from its host: RFC 1035 (dots become hyphens).</summary>
    public static string Matcher(string host) => host.Replace('.', '-');

    private static ReferenceValue Backend(string role) => new(FrontDoorNames.BackendService(role), "id");
}
