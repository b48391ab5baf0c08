using FluentAssertions;
using Netra.Infra.Plan;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Baselines: each profile's resources and every field they set, compared with the checked-in inventory.
/// After an intended change, regenerate them with `bin/netra-infra inventory --stack staging --write
/// tests/Infra.Tests/Inventories` and review the diff.
/// </summary>
public class InventoryTests
{
    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Profile_matches_its_checked_in_inventory(string profile)
    {
        var expected = File.ReadAllText(Repo.Path("tests", "Infra.Tests", "Inventories", Inventory.FileName("staging", profile)));

        var actual = Inventory.Render(Programs.Staging(profile));

        actual.Should().Be(expected, $"the {profile} inventory changed; if intended, run `{Inventory.RegenerateCommand}` and review the diff");
    }

    [Fact]
    public void Each_profile_declares_the_resources_it_must()
    {
        string[] Names(string profile, string type) => Programs.Staging(profile).Resources.Where(r => r.Type == type).Select(r => r.Name).ToArray();

        Names("normal", "gcp:vpcaccess:Connector").Should().Equal("primary-connector", "standby-connector");
        Names("emergency", "gcp:vpcaccess:Connector").Should().Equal("primary-connector", "standby-connector", "emergency-connector");
        Names("rollback", "gcp:vpcaccess:Connector").Should().Equal(Names("normal", "gcp:vpcaccess:Connector"));
        foreach (var profile in Programs.StagingProfiles)
        {
            Names(profile, "gcp:sql:DatabaseInstance").Should().Equal("database-instance");
            Names(profile, "gcp:cloudrunv2:Service").Should().Equal("backend-service", "auth-service", "frontend-service");
            Names(profile, "gcp:secretmanager:Secret").Should().HaveCount(10);
            Names(profile, "gcp:serviceaccount:Account").Should().Equal("backend-service-account", "auth-service-account", "frontend-service-account");
        }
    }

    [Fact]
    public void Emergency_differs_from_normal_only_in_capacity_and_the_backends_connector()
    {
        var normal = Inventory.Fields(Programs.Staging("normal").Resources.Single(r => r.Name == "backend-service")).ToDictionary(f => f.Path, f => f.Value);
        var emergency = Inventory.Fields(Programs.Staging("emergency").Resources.Single(r => r.Name == "backend-service")).ToDictionary(f => f.Path, f => f.Value);

        var changed = normal.Keys.Where(k => emergency.GetValueOrDefault(k) != normal[k]).Order().ToList();

        changed.Should().Equal(
            "properties.template.containers[0].envs[1].value",
            "properties.template.containers[0].envs[2].value",
            "properties.template.containers[0].resources.limits.cpu",
            "properties.template.containers[0].resources.limits.memory",
            "properties.template.scaling.maxInstanceCount",
            "properties.template.vpcAccess.connector",
            "properties.template.vpcAccess.egress");
        emergency["properties.template.vpcAccess.connector"].Should().Be("${emergency-connector.id}");
        emergency["properties.template.vpcAccess.egress"].Should().Be("ALL_TRAFFIC");
    }
}
