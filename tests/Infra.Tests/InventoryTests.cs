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

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void A_value_in_paragraphs_keeps_every_line_under_its_field(string profile)
    {
        var program = Programs.Staging(profile);
        var resources = program.Resources.Select(r => $"{r.Name}  {r.Type}").ToHashSet(StringComparer.Ordinal);
        var paragraphs = program.Resources.SelectMany(Inventory.Fields).Where(f => f.Value.Contains("\n\n", StringComparison.Ordinal)).ToList();

        var lines = Inventory.Render(program).Split('\n');

        paragraphs.Should().NotBeEmpty("the alerts' documentation is in paragraphs");
        lines.Where(l => l.Length > 0 && l[0] != ' ' && !l.StartsWith("# ", StringComparison.Ordinal) && l != "outputs" && !resources.Contains(l))
            .Should().BeEmpty("at the left margin only the header, the resources and the outputs; a value's later lines are under its field");
        foreach (var (_, value) in paragraphs)
        {
            foreach (var line in value.Split('\n').Skip(1).Where(l => l.Length > 0))
            {
                lines.Should().Contain("      " + line, "the value's lines are kept as declared, under the field");
            }
        }
    }

    [Fact]
    public void Each_profile_declares_the_resources_it_must()
    {
        string[] Names(string profile, string type) => Programs.Staging(profile).Resources.Where(r => r.Type == type).Select(r => r.Name).ToArray();

        Names("normal", "gcp:vpcaccess:Connector").Should().Equal("primary-connector", "standby-connector");
        foreach (var profile in Programs.StagingProfiles)
        {
            Names(profile, "gcp:vpcaccess:Connector").Should().Equal(Names("normal", "gcp:vpcaccess:Connector"), "the standby runs in every profile, so no step creates a connector");
        }

        foreach (var profile in Programs.StagingProfiles)
        {
            Names(profile, "gcp:sql:DatabaseInstance").Should().Equal("database-instance");
            Names(profile, "gcp:cloudrunv2:Service").Should().Equal("backend-service", "auth-service", "frontend-service");
            // The ten the services read, and the paging key's container.
            Names(profile, "gcp:secretmanager:Secret").Should().HaveCount(11).And.Contain("oncall-paging-key-secret");
            Names(profile, "gcp:serviceaccount:Account").Should().BeEmpty("the services keep the accounts they run as until the one-time step own-identities");
        }
    }

    [Fact]
    public void Emergency_differs_from_normal_only_in_the_backends_connector_and_auths_service_level_minimum()
    {
        // What GCP sees: the incident scope's ignoreChanges change nothing there (IncidentProgramTests).
        Dictionary<string, string> Fields(string profile, string resource) =>
            Inventory.Fields(Programs.Staging(profile).Resources.Single(r => r.Name == resource))
                .Where(f => !f.Path.StartsWith("options.ignoreChanges", StringComparison.Ordinal))
                .ToDictionary(f => f.Path, f => f.Value);
        List<string> Changed(string resource)
        {
            var (normal, emergency) = (Fields("normal", resource), Fields("emergency", resource));
            return normal.Keys.Union(emergency.Keys).Where(k => emergency.GetValueOrDefault(k) != normal.GetValueOrDefault(k)).Order().ToList();
        }

        Changed("backend-service").Should().Equal("properties.template.vpcAccess.connector");
        Fields("emergency", "backend-service")["properties.template.vpcAccess.connector"].Should().Be("${standby-connector.id}");
        Changed("auth-service").Should().Equal("properties.scaling.minInstanceCount");
        Changed("frontend-service").Should().BeEmpty();
    }
}
