using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Components.FrontDoor;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The front door in the emitted program: the whole chain from the address users reach to the services, the routes
/// of record 004, nothing a serverless backend cannot have, and its cost. The refusals are in the bad-input corpus
/// (front-door-*.yaml); the import ids in AdoptionTests.
/// </summary>
public class FrontDoorTests
{
    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Every_profile_holds_the_chain_from_the_address_to_the_services(string profile)
    {
        var program = Programs.Staging(profile);
        var byName = program.Resources.ToDictionary(r => r.Name);
        ResourceDeclaration Follow(ResourceDeclaration from, string field, string type)
        {
            var reference = Inventory.Fields(from).Single(f => f.Path == field).Value;
            reference.Should().StartWith("${", $"{from.Name}.{field} refers to another resource");
            var target = byName[reference[2..reference.IndexOfAny(['.', '}'])]];
            target.Type.Should().Be(type);
            return target;
        }

        foreach (var (rule, port, proxyType) in new[] { (FrontDoorNames.HttpsRule, "443", HttpsFrontendComponent.ProxyType), (FrontDoorNames.HttpRule, "80", HttpRedirectComponent.ProxyType) })
        {
            var forwarding = byName[rule];
            Inventory.Fields(forwarding).Should().Contain(("properties.portRange", port));
            Follow(forwarding, "properties.ipAddress", HttpsFrontendComponent.AddressType);
            Follow(Follow(forwarding, "properties.target", proxyType), "properties.urlMap", UrlMapComponent.Type);
        }

        var urlMap = Follow(byName[FrontDoorNames.HttpsProxy], "properties.urlMap", UrlMapComponent.Type);
        Follow(byName[FrontDoorNames.HttpsProxy], "properties.sslCertificates[0]", CertificateComponent.Type);
        var services = Inventory.Fields(urlMap).Where(f => f.Path.EndsWith("Service", StringComparison.Ordinal) || f.Path.EndsWith(".service", StringComparison.Ordinal))
            .Select(f => f.Path).ToList();
        services.Should().NotBeEmpty();
        var reached = services.Select(path => Follow(urlMap, path, BackendServiceComponent.Type))
            .Select(backend => Follow(backend, "properties.backends[0].group", ServerlessNegComponent.Type))
            .Select(neg => Follow(neg, "properties.cloudRun.service", CloudRunServiceComponent.Type).Name)
            .ToHashSet();
        reached.Should().BeEquivalentTo(["frontend-service", "auth-service", "backend-service"], "every service is reached from the address");
    }

    [Fact]
    public void The_url_map_follows_record_004_and_the_redirect_only_redirects()
    {
        var fields = Fields(FrontDoorNames.UrlMap);

        fields.Should().Contain(new KeyValuePair<string, string>("properties.hostRules[0].hosts[0]", "staging.netrasystems.ai"))
            .And.Contain(new KeyValuePair<string, string>("properties.pathMatchers[staging-netrasystems-ai].defaultService", "${frontend-backend.id}"))
            .And.Contain(new KeyValuePair<string, string>("properties.pathMatchers[staging-netrasystems-ai].pathRules[0].paths[0]", "/auth"))
            .And.Contain(new KeyValuePair<string, string>("properties.pathMatchers[staging-netrasystems-ai].pathRules[0].paths[1]", "/auth/*"))
            .And.Contain(new KeyValuePair<string, string>("properties.pathMatchers[staging-netrasystems-ai].pathRules[0].service", "${auth-backend.id}"))
            .And.Contain(new KeyValuePair<string, string>("properties.hostRules[1].hosts[0]", "api-staging.netrasystems.ai"))
            .And.Contain(new KeyValuePair<string, string>("properties.pathMatchers[api-staging-netrasystems-ai].defaultService", "${backend-backend.id}"));
        Fields(FrontDoorNames.RedirectMap).Should().Contain(new KeyValuePair<string, string>("properties.defaultUrlRedirect.httpsRedirect", "true"))
            .And.NotContainKey("properties.defaultService");
        Fields(FrontDoorNames.Certificate).Where(f => f.Key.StartsWith("properties.managed.domains", StringComparison.Ordinal)).Select(f => f.Value)
            .Should().BeEquivalentTo(["staging.netrasystems.ai", "api-staging.netrasystems.ai"], "exactly the hosts routed");
    }

    [Fact]
    public void A_backend_service_has_nothing_a_serverless_backend_cannot_have()
    {
        foreach (var role in new[] { "frontend", "auth", "backend" })
        {
            var fields = Fields(FrontDoorNames.BackendService(role));
            fields.Keys.Should().NotContain(k => k.Contains("healthChecks", StringComparison.Ordinal) || k.Contains("timeoutSec", StringComparison.Ordinal)
                || k.Contains("portName", StringComparison.Ordinal) || k.Contains("balancingMode", StringComparison.Ordinal));
            fields.Should().Contain(new KeyValuePair<string, string>("properties.loadBalancingScheme", "EXTERNAL_MANAGED"), "stated: the provider's default changed between major versions");
        }
    }

    [Fact]
    public void The_front_door_s_two_forwarding_rules_are_priced_and_its_traffic_is_not()
    {
        var staging = Programs.StagingEnvironment();
        var cost = Netra.Infra.Cost.CostModel.For(staging, staging.Profiles["normal"], Netra.Infra.Cost.PriceTable.Load(Repo.Root, "us-central1", new Netra.Infra.Diagnostics.DiagnosticBag())!);

        var line = cost.Lines.Single(l => l.Item == "front door (staging-url-map)");
        line.Amount.Should().Be("$1.20");
        line.Basis.Should().Contain("2 × $0.025/h × 24 h").And.Contain("left out");
    }

    [Fact]
    public void Restricting_ingress_is_a_one_time_step_planned_as_a_reachability_change()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--step", "front-door-only", "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("\"worst\": \"Reachability\"").And.Contain("\"incident\": false");
    }

    private static Dictionary<string, string> Fields(string resource) =>
        Inventory.Fields(Programs.Staging("normal").Resources.Single(r => r.Name == resource)).ToDictionary(f => f.Path, f => f.Value);
}
