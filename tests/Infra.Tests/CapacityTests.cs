using FluentAssertions;
using Netra.Infra.Capacity;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>The decisions as pure functions: connection budget and database restarts, on the real data.</summary>
public class CapacityTests
{
    private static EnvironmentSpec Staging() => Programs.StagingEnvironment();

    [Theory]
    [InlineData("normal", 50)]
    [InlineData("emergency", 50)]
    [InlineData("recovery", 50)]
    [InlineData("direct", 50)]
    [InlineData("rollback", 50)]
    public void Every_profile_fits_the_database_at_full_scale_out(string profile, int demand)
    {
        var staging = Staging();

        var budget = ConnectionBudget.For(staging, staging.Profiles[profile]);

        budget.Demand.Should().Be(demand);
        budget.Fits.Should().BeTrue();
        budget.MaxConnections.Should().Be(100);
    }

    [Fact]
    public void Every_profile_holds_a_rollout_of_each_service_with_both_revisions_at_full_scale_out()
    {
        var staging = Staging();

        foreach (var profile in staging.Profiles.Values)
        {
            SwitchConnections.Rollout(staging, profile, "backend").Summary
                .Should().Be("auth 4×(2+2)=16 + backend 6×(3+1)=24 old + 6×(3+1)=24 new + reserve 10 = 74 ≤ max_connections 100", profile.Name);
            SwitchConnections.Rollout(staging, profile, "auth").Demand.Should().Be(66, profile.Name);
        }
    }

    [Fact]
    public void A_switch_counts_both_revisions_of_the_services_that_change_revision_and_the_larger_size_of_the_others()
    {
        var staging = Staging();
        var smaller = staging.Profiles["normal"].Services["auth"] with { MaxInstances = 2 };
        var to = staging.Profiles["normal"] with { Services = new Dictionary<string, ServiceCapacity>(staging.Profiles["normal"].Services) { ["auth"] = smaller } };

        var switched = SwitchConnections.For(staging, staging.Profiles["normal"], to, new HashSet<string> { "backend" });

        // auth keeps its revision: instances above its new maximum drain with their pools, so it counts 4×4, not 2×4.
        switched.Lines.Select(l => (l.Service, l.Connections)).Should().Equal(("auth", 16), ("backend", 48), ("frontend", 0));
        switched.Demand.Should().Be(74);
    }

    [Fact]
    public void The_emergency_profile_keeps_every_pool_and_never_restarts_the_database()
    {
        var staging = Staging();

        foreach (var (role, capacity) in staging.Profiles["emergency"].Services)
        {
            capacity.DatabasePool.Should().Be(staging.Profiles["normal"].Services[role].DatabasePool, role);
        }

        DatabaseRestarts.Restarts(staging, staging.Profiles["normal"], staging.Profiles["emergency"]).Should().BeFalse();
    }

    [Fact]
    public void The_incident_plans_pool_of_50_plus_50_breaks_the_budget()
    {
        var budget = new ConnectionBudget([new ConnectionBudget.Line("backend", 20, new DatabasePool(50, 50))], 10, 100);

        budget.Demand.Should().Be(2010);
        budget.Fits.Should().BeFalse();
        budget.Summary.Should().Be("backend 20×(50+50)=2000 + reserve 10 = 2010 > max_connections 100");
    }

    [Fact]
    public void A_profile_that_changes_max_connections_is_marked_as_restarting_the_instance()
    {
        var staging = Staging();
        var raised = staging.Profiles["emergency"] with { DatabaseFlags = new Dictionary<string, string> { ["max_connections"] = "90" } };
        var changed = staging with { Profiles = new Dictionary<string, ProfileSpec>(staging.Profiles) { ["emergency"] = raised } };

        DatabaseRestarts.Restarts(changed, changed.Profiles["normal"], raised).Should().BeTrue();
        DatabaseRestarts.Describe(changed, raised).Should().Equal(
            "RESTART: max_connections=90 here, 100 in direct, 100 in normal, 100 in recovery, 100 in rollback: switching between them restarts netra-staging-db (a few minutes without database).");
        DatabaseRestarts.Describe(changed, changed.Profiles["normal"]).Should().Equal(
            "RESTART: max_connections=100 here, 90 in emergency: switching between them restarts netra-staging-db (a few minutes without database).");
    }

    [Fact]
    public void The_restart_note_reaches_the_emitted_program()
    {
        var yaml = Netra.Infra.Emit.PulumiYamlEmitter.Emit(Programs.Staging("emergency"));

        yaml.Should().Contain("# max_connections=100 in every profile: switching profiles does not restart netra-staging-db for it.");
        yaml.Should().Contain("databaseRestart: 'max_connections=100 in every profile: switching profiles does not restart netra-staging-db for it.'");
    }
}
