using System.Text.Json.Nodes;
using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Limits;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Direct VPC egress as a planned route: the subnet exists in every profile, the direct profile's backend has a network
/// interface and no connector, the step there and back creates, resizes and deletes nothing, and the plan shows it
/// beside the standby route. The refusals are in the bad-input corpus (direct-egress-*.yaml).
/// </summary>
public class DirectEgressTests
{
    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void The_subnet_is_declared_in_every_profile_so_no_step_waits_for_it_or_deletes_it(string profile)
    {
        var subnet = Programs.Staging(profile).Resources.Single(r => r.Type == DirectEgressSubnetComponent.Type);

        subnet.Name.Should().Be(DirectEgressSubnetComponent.LogicalName);
        Fields(subnet).Should().Contain(new KeyValuePair<string, string>("properties.name", "staging-run-direct"))
            .And.Contain(new KeyValuePair<string, string>("properties.ipCidrRange", "10.4.0.0/25"))
            .And.Contain(new KeyValuePair<string, string>("properties.network", "staging-vpc"))
            .And.Contain(new KeyValuePair<string, string>("properties.region", "us-central1"));
    }

    [Fact]
    public void In_the_direct_profile_the_backend_has_one_network_interface_and_no_connector()
    {
        var program = Programs.Staging("direct");

        var backend = Fields(program.Resources.Single(r => r.Name == "backend-service"));
        backend.Should().NotContainKey("properties.template.vpcAccess.connector");
        backend.Should().Contain(new KeyValuePair<string, string>("properties.template.vpcAccess.networkInterfaces[0].network", "staging-vpc"))
            .And.Contain(new KeyValuePair<string, string>("properties.template.vpcAccess.networkInterfaces[0].subnetwork", "${direct-egress-subnet.name}"))
            .And.Contain(new KeyValuePair<string, string>("properties.template.vpcAccess.egress", "PRIVATE_RANGES_ONLY"));
        backend.Keys.Should().NotContain(k => k.StartsWith("properties.template.vpcAccess.networkInterfaces[1]", StringComparison.Ordinal), "one interface is all Cloud Run supports");
        Fields(program.Resources.Single(r => r.Name == "auth-service")).Should().Contain(
            new KeyValuePair<string, string>("properties.template.vpcAccess.connector", "${primary-connector.id}"), "auth stays on the primary: moving both would exceed the connection budget mid-switch");
    }

    [Fact]
    public void Normal_to_direct_and_back_change_the_backend_s_route_and_auth_s_warm_instance_only()
    {
        foreach (var (from, to) in new[] { ("normal", "direct"), ("direct", "normal") })
        {
            var changes = ProfileDiff.Between(Programs.Staging(from), Programs.Staging(to));

            changes.Select(c => c.Name).Should().Equal("backend-service", "auth-service");
            changes[0].Disruption.Should().Be(Disruption.NewRevision);
            changes[0].Fields.Select(f => f.Path).Should().OnlyContain(p => p.StartsWith("properties.template.vpcAccess.", StringComparison.Ordinal));
            changes[1].Disruption.Should().Be(Disruption.InPlace, "auth's warm instance is service-level scaling: no new revision");
            changes[1].Fields.Select(f => f.Path).Should().Equal("properties.scaling.minInstanceCount");
        }
    }

    [Fact]
    public void Emergency_to_direct_moves_only_the_backend_and_keeps_auth_warm()
    {
        var changes = ProfileDiff.Between(Programs.Staging("emergency"), Programs.Staging("direct"));

        changes.Should().ContainSingle().Which.Name.Should().Be("backend-service");
        changes[0].Fields.Select(f => f.Path).Should().OnlyContain(p => p.StartsWith("properties.template.vpcAccess.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_plan_shows_both_routes_out_of_connector_saturation_side_by_side()
    {
        var json = JsonNode.Parse(CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "direct", "--format", "json"]).Stdout)!;

        var routes = json["routes"]!.AsArray();
        routes.Select(r => (string)r!["step"]!["to"]!).Should().Equal("emergency", "direct");
        routes.Select(r => (bool)r!["thisPlan"]!).Should().Equal(false, true);
        routes.Should().OnlyContain(r => (int)r!["step"]!["timeToRelief"]!["upperBoundSeconds"]! <= 300 && (string)r!["relieves"]! == "connector saturation");
        var text = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency"], new Dictionary<string, string> { ["COLUMNS"] = "250" }).Stdout;
        text.Should().Contain("Routes out of connector saturation from normal, side by side (choose one):")
            .And.Contain("* normal → emergency (this plan): backend-service → standby-connector; relief in up to 4 min 20 s")
            .And.Contain("* normal → direct: backend-service → direct egress");
        CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "rollback", "--format", "json"]).Stdout
            .Should().Contain("\"routes\": null", "a bad deploy has one way out");
    }

    [Fact]
    public void Direct_egress_costs_nothing_of_its_own_and_says_why()
    {
        var cost = Netra.Infra.Cost.CostModel.For(Programs.StagingEnvironment(), Programs.StagingEnvironment().Profiles["direct"],
            Netra.Infra.Cost.PriceTable.Load(Repo.Root, "us-central1", new Netra.Infra.Diagnostics.DiagnosticBag())!);

        var line = cost.Lines.Single(l => l.Item == "Direct VPC egress (staging-run-direct)");
        line.Detail.Should().Be("backend");
        line.Amount.Should().Be("$0.00");
        line.Basis.Should().Contain("https://cloud.google.com/run/pricing").And.Contain("billed as VM egress");
    }

    [Theory]
    [InlineData(6, 32)]
    [InlineData(8, 32)]
    [InlineData(9, 64)]
    [InlineData(100, 416)]
    public void A_service_holds_two_revisions_of_addresses_two_per_instance_reserved_sixteen_at_a_time(int maxInstances, int held) =>
        DirectEgressLimits.AddressesHeld(maxInstances).Should().Be(held);

    [Theory]
    [InlineData("10.4.0.0/25", "10.4.0.0/24", Disruption.InPlace)]
    [InlineData("10.4.0.0/25", "10.5.0.0/24", Disruption.Replace)]
    [InlineData("10.4.0.0/24", "10.4.0.0/25", Disruption.Replace)]
    public void A_subnet_range_grows_in_place_and_any_other_change_replaces_it(string before, string after, Disruption expected) =>
        DisruptionRules.Of(DirectEgressSubnetComponent.Type, new FieldChange("properties.ipCidrRange", before, after), new Dictionary<string, string>(), new Dictionary<string, string>())
            .Disruption.Should().Be(expected);

    private static Dictionary<string, string> Fields(ResourceDeclaration resource) => Inventory.Fields(resource).ToDictionary(f => f.Path, f => f.Value);
}
