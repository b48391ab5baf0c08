using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Tests.Support;
using Netra.Infra.Transitions;
using Netra.Infra.Validation;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The capacity invariants checked at load, each once on the real staging data (it passes) and once on a change
/// of it that breaks the invariant (the corpus in BadInputs/ pins the exact messages of the same rules).
/// </summary>
public class InvariantTests
{
    private static EnvironmentSpec Staging() => Programs.StagingEnvironment();

    private static IReadOnlyList<Diagnostic> Validate(EnvironmentSpec environment)
    {
        var diagnostics = new DiagnosticBag();
        EnvironmentValidator.Validate(new LoadedEnvironment(environment, new HashSet<string>()), diagnostics);
        return diagnostics.Items;
    }

    private static EnvironmentSpec WithService(EnvironmentSpec environment, string profile, string role, Func<ServiceCapacity, ServiceCapacity> change)
    {
        var services = new Dictionary<string, ServiceCapacity>(environment.Profiles[profile].Services) { [role] = change(environment.Profiles[profile].Services[role]) };
        var profiles = new Dictionary<string, ProfileSpec>(environment.Profiles) { [profile] = environment.Profiles[profile] with { Services = services } };
        return environment with { Profiles = profiles };
    }

    [Fact]
    public void The_real_staging_data_breaks_no_invariant()
    {
        Validate(Staging()).Should().BeEmpty();
    }

    [Fact]
    public void Connector_throughput_fits_up_to_the_ceiling_and_not_one_Mbps_above()
    {
        // normal: auth 50 on primary (10 × e2-micro ≈ 1,000 Mbps), so the backend may expect 950 and not 951.
        var atCeiling = WithService(Staging(), "normal", "backend", s => s with { ExpectedEgressMbps = 950 });
        var above = WithService(Staging(), "normal", "backend", s => s with { ExpectedEgressMbps = 951 });

        Validate(atCeiling).Should().BeEmpty();
        Validate(above).Select(d => (d.Code, d.KeyPath)).Should().Equal((DiagnosticCodes.ConnectorOverloaded, "profiles.normal.connectors.primary.maxInstances"));
    }

    [Fact]
    public void The_standby_is_the_same_size_in_every_profile_and_that_size_carries_what_emergency_moves_onto_it()
    {
        var staging = Staging();
        var standby = staging.Profiles["normal"].Connectors["standby"];
        var microStandby = staging with
        {
            Profiles = staging.Profiles.ToDictionary(p => p.Key, p => p.Value with
            {
                Connectors = new Dictionary<string, ConnectorCapacity>(p.Value.Connectors) { ["standby"] = new("e2-micro", 2, 3) },
            }),
        };

        staging.Profiles.Values.Should().OnlyContain(p => p.Connectors["standby"] == standby, "a resize would be on the relief path");
        Validate(staging).Should().BeEmpty();

        // At the old e2-micro 2..3 (about 300 Mbps) the standby could not carry the backend's 400 in emergency.
        Validate(microStandby).Select(d => (d.Code, d.KeyPath)).Should().Equal((DiagnosticCodes.ConnectorOverloaded, "profiles.emergency.connectors.standby.maxInstances"));
    }

    [Fact]
    public void All_traffic_egress_needs_a_reason_and_a_cloud_nat_declared_or_stated_as_existing()
    {
        var allTraffic = WithService(Staging() with { CloudNat = null }, "emergency", "backend", s => s with { Egress = Egress.AllTraffic, EgressReason = "test" });
        var declared = allTraffic with { CloudNat = new CloudNatSpec("staging-router", "staging-nat", false) };
        var existing = allTraffic with { CloudNat = new CloudNatSpec("staging-router", "staging-nat", true) };
        var withoutReason = WithService(declared, "emergency", "backend", s => s with { EgressReason = null });

        Validate(declared).Should().BeEmpty();
        Validate(existing).Should().BeEmpty();
        Validate(allTraffic).Select(d => (d.Code, d.KeyPath)).Should().Equal((DiagnosticCodes.RunEgressWithoutNat, "profiles.emergency.services.backend.egress"));
        Validate(withoutReason).Select(d => (d.Code, d.KeyPath)).Should().Equal((DiagnosticCodes.RunEgressReason, "profiles.emergency.services.backend.egress"));
    }

    [Fact]
    public void No_profile_sends_internet_traffic_through_a_connector_so_no_nat_is_declared()
    {
        var staging = Staging();

        staging.Profiles.Values.SelectMany(p => p.Services.Values).Should().OnlyContain(s => s.Egress == Egress.PrivateRangesOnly);
        staging.CloudNat.Should().Be(new CloudNatSpec("", "", true), "the data states whether one exists (inferred), and declares none");
        Programs.Staging("emergency").Resources.Should().NotContain(r => r.Type == CloudNatComponent.RouterType || r.Type == CloudNatComponent.NatType);
    }

    [Fact]
    public void A_nat_stated_as_existing_is_not_declared_and_a_declared_one_is_what_the_all_traffic_service_waits_for()
    {
        var allTraffic = WithService(Staging(), "emergency", "backend", s => s with { Egress = Egress.AllTraffic, EgressReason = "test" });
        var withNat = allTraffic with { CloudNat = new CloudNatSpec("staging-router", "staging-nat", false) };
        var declared = StackProgram.Build(new Deployment(withNat, withNat.Profiles["emergency"], false));
        var stated = StackProgram.Build(new Deployment(withNat with { CloudNat = withNat.CloudNat! with { Existing = true } }, withNat.Profiles["emergency"], false));

        declared.Resources.Where(r => r.Type is CloudNatComponent.RouterType or CloudNatComponent.NatType).Select(r => r.Name)
            .Should().Equal(CloudNatComponent.RouterName, CloudNatComponent.NatName);
        declared.Resources.Single(r => r.Name == "backend-service").Options.DependsOn.Should().Contain(r => r.Resource == CloudNatComponent.NatName);
        declared.Resources.Single(r => r.Name == "auth-service").Options.DependsOn.Should().NotContain(r => r.Resource == CloudNatComponent.NatName);
        stated.Resources.Should().NotContain(r => r.Type == CloudNatComponent.RouterType || r.Type == CloudNatComponent.NatType);
    }

    [Fact]
    public void No_step_of_the_runbook_moves_a_service_off_a_connector_the_same_step_deletes()
    {
        var staging = Staging();
        var standbyOnlyInEmergency = staging with
        {
            Profiles = staging.Profiles.ToDictionary(p => p.Key, p => p.Key == "emergency" ? p.Value : p.Value with
            {
                Connectors = p.Value.Connectors.Where(c => c.Key != "standby").ToDictionary(),
            }),
        };

        foreach (var step in staging.Transitions)
        {
            TransitionHazards.Between(staging, staging.Profiles[step.From], staging.Profiles[step.To]).Should().BeEmpty($"{step.From} → {step.To} is a runbook step");
        }

        TransitionHazards.Between(standbyOnlyInEmergency, standbyOnlyInEmergency.Profiles["emergency"], standbyOnlyInEmergency.Profiles["recovery"]).Should().ContainSingle()
            .Which.Should().Match<TransitionHazard>(h => h.Kind == TransitionHazardKind.LeavesDeletedConnector && h.Subject == "backend");
    }

    [Fact]
    public void A_step_that_lowers_a_kept_connector_s_instance_counts_is_a_replacement()
    {
        var staging = Staging();
        var emergency = staging.Profiles["emergency"];
        var raisedMinimum = emergency with
        {
            Connectors = new Dictionary<string, ConnectorCapacity>(emergency.Connectors) { ["primary"] = emergency.Connectors["primary"] with { MinInstances = 3 } },
        };

        TransitionHazards.Between(staging, staging.Profiles["normal"], raisedMinimum).Should().BeEmpty("growing is in place");
        TransitionHazards.Between(staging, raisedMinimum, staging.Profiles["recovery"]).Should().ContainSingle()
            .Which.Should().Match<TransitionHazard>(h => h.Kind == TransitionHazardKind.ReplacesConnector && h.Subject == "primary");
    }

    [Fact]
    public void Every_profile_has_a_way_in_from_normal_and_a_way_back()
    {
        var staging = Staging();
        var withoutReturn = staging with { Transitions = staging.Transitions.Where(t => !(t.To == "normal" && t.From is "recovery" or "direct")).ToList() };

        Validate(staging).Should().BeEmpty();
        // Without the steps home from recovery and from direct, the three profiles they link are a closed circle.
        Validate(withoutReturn).Select(d => (d.Code, d.KeyPath)).Should().BeEquivalentTo(new[]
        {
            (DiagnosticCodes.ProfileWithoutWayBack, "profiles.emergency"),
            (DiagnosticCodes.ProfileWithoutWayBack, "profiles.recovery"),
            (DiagnosticCodes.ProfileWithoutWayBack, "profiles.direct"),
        });
    }

    [Theory]
    [InlineData("normal", "emergency", "normal>emergency")]
    [InlineData("emergency", "normal", "emergency>recovery recovery>normal")]
    [InlineData("recovery", "emergency", "recovery>emergency")]
    [InlineData("rollback", "emergency", "rollback>emergency")]
    [InlineData("emergency", "direct", "emergency>direct")]
    [InlineData("direct", "emergency", "direct>emergency")]
    [InlineData("rollback", "direct", "rollback>normal normal>direct")]
    [InlineData("normal", "normal", "")]
    public void Routes_take_the_fewest_declared_steps(string from, string to, string expected)
    {
        var route = TransitionRoutes.Find(Staging().Transitions, from, to);

        string.Join(" ", route!.Select(s => $"{s.From}>{s.To}")).Should().Be(expected);
    }
}
