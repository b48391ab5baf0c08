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
    [InlineData("normal", 78, true)]
    [InlineData("emergency", 73, true)]
    [InlineData("rollback", 78, true)]
    public void Every_profile_fits_the_database_at_full_scale_out(string profile, int demand, bool fits)
    {
        var staging = Staging();

        var budget = ConnectionBudget.For(staging, staging.Profiles[profile]);

        budget.Demand.Should().Be(demand);
        budget.Fits.Should().Be(fits);
        budget.MaxConnections.Should().Be(100);
    }

    [Fact]
    public void The_emergency_profile_lowers_pools_before_touching_max_connections()
    {
        var staging = Staging();
        var normal = staging.Profiles["normal"].Services["backend"].DatabasePool!;
        var emergency = staging.Profiles["emergency"].Services["backend"].DatabasePool!;

        emergency.PerInstance.Should().BeLessThan(normal.PerInstance);
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
            "RESTART: max_connections=90 here, 100 in normal, 100 in recovery, 100 in rollback: switching between them restarts netra-staging-db (a few minutes without database).");
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
