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
            ("frontend-service", "projects/netra-staging/locations/us-central1/services/netra-frontend-staging"),
            // The front door, each part in the provider's documented import form (TPG website/docs/r/compute_*, Import).
            ("frontend-neg", "projects/netra-staging/regions/us-central1/networkEndpointGroups/staging-frontend-neg"),
            ("frontend-backend", "projects/netra-staging/global/backendServices/staging-frontend-backend"),
            ("auth-neg", "projects/netra-staging/regions/us-central1/networkEndpointGroups/staging-auth-neg"),
            ("auth-backend", "projects/netra-staging/global/backendServices/staging-auth-backend"),
            ("backend-neg", "projects/netra-staging/regions/us-central1/networkEndpointGroups/staging-backend-neg"),
            ("backend-backend", "projects/netra-staging/global/backendServices/staging-backend-backend"),
            ("front-door-certificate", "projects/netra-staging/global/sslCertificates/staging-ssl-cert"),
            ("front-door-url-map", "projects/netra-staging/global/urlMaps/staging-url-map"),
            ("front-door-address", "projects/netra-staging/global/addresses/staging-lb-ip"),
            ("front-door-https-proxy", "projects/netra-staging/global/targetHttpsProxies/staging-https-proxy"),
            ("front-door-https-rule", "projects/netra-staging/global/forwardingRules/staging-https-rule"),
            ("front-door-redirect-map", "projects/netra-staging/global/urlMaps/staging-http-redirect"),
            ("front-door-http-proxy", "projects/netra-staging/global/targetHttpProxies/staging-http-proxy"),
            ("front-door-http-rule", "projects/netra-staging/global/forwardingRules/staging-http-rule"),
            // The channel the records' policies notified (001), by its id (NotificationChannel, Import: `{{name}}`).
            ("oncall-email-channel", "projects/netra-staging/notificationChannels/EMAIL_ALERT"));
    }

    /// <summary>
    /// Adoption is a pure import: every adopted resource is the normal program's own declaration with its import id and
    /// every field ignored (so the import records what exists and changes nothing, on any pulumi version), and nothing
    /// else is declared: no account, grant, generated value or secret version that would change what runs.
    /// </summary>
    [Fact]
    public void Adoption_imports_as_is_and_creates_nothing_that_changes_what_runs()
    {
        var normal = Programs.Staging("normal").Resources.ToDictionary(r => r.Name);
        var adopted = Programs.Staging("normal", adopt: true).Resources;

        foreach (var resource in adopted.Where(r => r.Options.Import is not null))
        {
            resource.Options.IgnoreChanges.Should().Equal(["*"], resource.Name);
            (resource with { Options = resource.Options with { Import = null, IgnoreChanges = normal[resource.Name].Options.IgnoreChanges } })
                .Should().BeEquivalentTo(normal[resource.Name], o => o.RespectingRuntimeTypes(), resource.Name);
        }

        adopted.Where(r => r.Options.Import is null).Select(r => r.Type).Should().Equal("pulumi:providers:gcp");
        adopted.Should().NotContain(r => r.Type == ServiceIdentityComponent.AccountType || r.Type == ServiceIdentityComponent.SecretMemberType
            || r.Type == RandomValueComponent.Type || r.Type == SecretComponent.VersionType);
    }

    [Fact]
    public void An_adoption_that_would_rotate_a_credential_or_move_an_identity_is_refused()
    {
        var staging = Programs.StagingEnvironment();
        var diagnostics = new Netra.Infra.Diagnostics.DiagnosticBag();

        Netra.Infra.Validation.AdoptionRules.Check(Programs.OwnedEnvironment(), staging.Profiles["normal"], diagnostics);

        diagnostics.Items.Select(d => (d.File, d.KeyPath)).Should().Equal(("stacks/staging.yaml", "ownership.identities"), ("stacks/staging.yaml", "ownership.credentials"));
        diagnostics.Items[1].Message.Should().StartWith("'generated' would rotate the database password and the JWT key in the adoption's own `up`");
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
