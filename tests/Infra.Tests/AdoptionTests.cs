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
            ("database-user", "netra-staging/netra-staging-db/netra_user"),
            ("anthropic-api-key-secret", "projects/netra-staging/secrets/anthropic-api-key"),
            ("cors-allowed-origins-secret", "projects/netra-staging/secrets/cors-allowed-origins"),
            ("database-direct-url-secret", "projects/netra-staging/secrets/database-direct-url"),
            ("database-url-secret", "projects/netra-staging/secrets/database-url"),
            ("jwt-secret-staging-secret", "projects/netra-staging/secrets/jwt-secret-staging"),
            ("oauth-client-id-secret", "projects/netra-staging/secrets/oauth-client-id"),
            ("oauth-client-secret-secret", "projects/netra-staging/secrets/oauth-client-secret"),
            ("openai-api-key-secret", "projects/netra-staging/secrets/openai-api-key"),
            ("redis-url-secret", "projects/netra-staging/secrets/redis-url"),
            ("smtp-password-secret", "projects/netra-staging/secrets/smtp-password"),
            ("backend-service", "projects/netra-staging/locations/us-central1/services/netra-backend-staging"),
            ("auth-service", "projects/netra-staging/locations/us-central1/services/netra-auth-service"),
            ("frontend-service", "projects/netra-staging/locations/us-central1/services/netra-frontend-staging"));
    }

    /// <summary>
    /// Every field an adopted resource declares is the normal profile's own value, except where that value links
    /// to an object that does not exist yet (accounts, grants, generated values) and the services' service-level
    /// scaling, which today's services do not have: adoption leaves those out, or names the secret a reference would
    /// resolve to. So the preview shows imports only.
    /// </summary>
    [Fact]
    public void Adoption_changes_no_other_field()
    {
        var normal = Programs.Staging("normal").Resources.ToDictionary(r => r.Name);
        var adopted = Programs.Staging("normal", adopt: true).Resources;
        var declared = adopted.Select(r => r.Name).ToHashSet();

        foreach (var resource in adopted)
        {
            var expected = Inventory.Fields(normal[resource.Name])
                .Where(f => !LinksToUndeclared(f.Value, declared))
                .Where(f => !(resource.Type == CloudRunServiceComponent.Type && f.Path.StartsWith("properties.scaling.", StringComparison.Ordinal)))
                .Select(f => f.Path.EndsWith(".secretKeyRef.secret", StringComparison.Ordinal) ? (f.Path, SecretNameOf(f.Value)) : f)
                .Select(f => f.Path.EndsWith(".secretKeyRef.version", StringComparison.Ordinal) ? (f.Path, "latest") : f);
            Inventory.Fields(resource).Where(f => f.Path != "options.import").Should().Equal(expected, resource.Name);
        }
    }

    private static bool LinksToUndeclared(string value, HashSet<string> declared) =>
        System.Text.RegularExpressions.Regex.Matches(value, @"\$\{(?<r>[^.}]+)").Any(m => !declared.Contains(m.Groups["r"].Value))
        && !value.EndsWith("-secret.secretId}", StringComparison.Ordinal) && !value.EndsWith("-version.version}", StringComparison.Ordinal);

    private static string SecretNameOf(string reference) => reference["${".Length..reference.IndexOf("-secret.", StringComparison.Ordinal)];

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
