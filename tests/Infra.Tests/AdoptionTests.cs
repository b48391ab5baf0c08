using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>Adoption mode imports what exists today, with the provider's import ids, and changes nothing else.</summary>
public class AdoptionTests
{
    private static readonly GcpLocation Staging = new("netra-staging", "us-central1", "staging-vpc");

    [Fact]
    public void Connector_import_id() =>
        VpcConnectorComponent.ImportId(Staging, "staging-connector").Should().Be("projects/netra-staging/locations/us-central1/connectors/staging-connector");

    [Fact]
    public void Database_instance_import_id() =>
        CloudSqlInstanceComponent.ImportId(Staging, "netra-staging-db").Should().Be("projects/netra-staging/instances/netra-staging-db");

    [Fact]
    public void Cloud_run_service_import_id() =>
        CloudRunServiceComponent.ImportId(Staging, "netra-backend-staging").Should().Be("projects/netra-staging/locations/us-central1/services/netra-backend-staging");

    [Fact]
    public void Adoption_declares_exactly_what_exists_each_with_its_import_id()
    {
        var adopted = Programs.Staging("normal", adopt: true);

        adopted.Resources.Select(r => (r.Name, r.Options.Import)).Should().Equal(
            ("gcp-provider", null),
            ("primary-connector", "projects/netra-staging/locations/us-central1/connectors/staging-connector"),
            ("database-instance", "projects/netra-staging/instances/netra-staging-db"),
            ("backend-service", "projects/netra-staging/locations/us-central1/services/netra-backend-staging"),
            ("auth-service", "projects/netra-staging/locations/us-central1/services/netra-auth-service"),
            ("frontend-service", "projects/netra-staging/locations/us-central1/services/netra-frontend-staging"));
    }

    [Fact]
    public void Adoption_changes_no_other_field()
    {
        var normal = Programs.Staging("normal").Resources.ToDictionary(r => r.Name);

        foreach (var resource in Programs.Staging("normal", adopt: true).Resources)
        {
            var fields = Inventory.Fields(resource).Where(f => f.Path != "options.import");
            fields.Should().Equal(Inventory.Fields(normal[resource.Name]), resource.Name);
        }
    }

    [Fact]
    public void The_adoption_file_selects_adoption_mode_for_the_staging_stack()
    {
        var run = CliRun.Invoke(["emit", "--stack", "staging", "--config-file", "Pulumi.adopt.yaml"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("import: projects/netra-staging/instances/netra-staging-db")
            .And.NotContain("standby-connector");
    }

    [Fact]
    public void The_database_is_never_deleted_by_this_program()
    {
        var database = Programs.Staging("normal").Resources.Single(r => r.Name == CloudSqlInstanceComponent.LogicalName);

        database.Options.Protect.Should().BeTrue();
        database.Options.RetainOnDelete.Should().BeTrue();
    }
}
