using System.Text.RegularExpressions;
using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Emit;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The IAM matrix once the services' identities are ours (one-time step own-identities): each service's account reads
/// exactly the secrets its env vars name, nothing project-wide; and before that, nothing of it is declared.
/// </summary>
public partial class SecretAccessTests
{
    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Each_service_can_read_exactly_its_secrets(string profile)
    {
        var program = Programs.Owned(profile);

        var grants = program.Resources.Where(r => r.Type == ServiceIdentityComponent.SecretMemberType)
            .GroupBy(r => Member(r))
            .ToDictionary(g => g.Key, g => g.Select(r => ((ReferenceValue)r.Properties["secretId"]!).Resource[..^"-secret".Length]).Order().ToArray());

        grants.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["backend-service-account"] = ["anthropic-api-key", "cors-allowed-origins", "database-direct-url", "database-url", "jwt-secret-staging", "openai-api-key", "redis-url"],
            ["auth-service-account"] = ["cors-allowed-origins", "database-url", "jwt-secret-staging", "oauth-client-id", "oauth-client-secret", "redis-url", "smtp-password"],
        });
        program.Resources.Where(r => r.Type == ServiceIdentityComponent.SecretMemberType)
            .Should().OnlyContain(r => ((StringValue)r.Properties["role"]!).Value == ServiceIdentityComponent.SecretAccessor);
    }

    [Fact]
    public void No_service_gets_a_project_wide_role_not_even_cloud_sql_client_for_its_password_sign_in()
    {
        var program = Programs.Owned("normal");

        program.Resources.Should().NotContain(r => r.Type == "gcp:projects:IAMMember" || r.Type == "gcp:projects:IAMBinding" || r.Type == "gcp:projects:IAMPolicy",
            "secret access is granted on each secret, and a password over the private IP needs no IAM role");
        PulumiYamlEmitter.Emit(program).Should().NotContain("roles/cloudsql.client");
        program.Resources.Single(r => r.Name == "database-url-secret").Should().NotBeNull();
        Programs.StagingEnvironment().Secrets["database-url"].Source.Should().Be(Netra.Infra.Model.SecretSource.DatabaseUrl, "the services' URL carries the password");
    }

    [Fact]
    public void Every_secret_env_var_points_at_a_declared_secret_and_waits_for_its_grant()
    {
        var program = Programs.Owned("normal");
        var backend = program.Resources.Single(r => r.Name == "backend-service");
        var yaml = PulumiYamlEmitter.Emit(program);

        backend.Options.DependsOn.Select(d => d.Resource).Should().Contain("backend-reads-database-url").And.NotContain("backend-cloudsql-client");
        yaml.Should().Contain("secret: ${database-url-secret.secretId}").And.Contain("version: ${database-url-version.version}")
            .And.Contain("secret: ${openai-api-key-secret.secretId}").And.NotContain("secret: openai-api-key\n");
    }

    [Fact]
    public void Generated_values_are_random_and_long_enough()
    {
        var randoms = Programs.Owned("normal").Resources.Where(r => r.Type == RandomValueComponent.Type).ToDictionary(r => r.Name);

        randoms.Keys.Should().BeEquivalentTo("database-password", "jwt-secret-staging-value");
        ((NumberValue)randoms["jwt-secret-staging-value"].Properties["length"]!).Value.Should().BeGreaterThanOrEqualTo(64);
    }

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Until_the_one_time_steps_no_profile_declares_an_account_a_grant_or_a_generated_value(string profile)
    {
        var program = Programs.Staging(profile);
        Netra.Infra.Model.Ownership ownership = Programs.StagingEnvironment().Ownership;

        ownership.Should().Be(new Netra.Infra.Model.Ownership(Netra.Infra.Model.IdentityOwnership.Existing, Netra.Infra.Model.CredentialOwnership.Existing));
        program.Resources.Should().NotContain(r => r.Type == ServiceIdentityComponent.AccountType || r.Type == ServiceIdentityComponent.SecretMemberType
            || r.Type == RandomValueComponent.Type || r.Type == SecretComponent.VersionType);
        program.Resources.Single(r => r.Name == "database-user").Properties["password"].Should().BeNull("the user keeps the password it has");
        PulumiYamlEmitter.Emit(program).Should().NotContain("serviceAccount:", "each service keeps the account it runs as");
    }

    /// <summary>Nothing that looks like a credential in the stack files or in any emitted program.</summary>
    [Fact]
    public void No_secret_value_anywhere_in_the_stack_files_or_the_emitted_programs()
    {
        var texts = Directory.GetFiles(Repo.Root, "Pulumi*.yaml").Concat(Directory.GetFiles(Repo.Path("stacks"), "*.yaml"))
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .Concat(Programs.StagingProfiles.Select(p => ($"emitted {p}", PulumiYamlEmitter.Emit(Programs.Staging(p)))))
            .Concat(Programs.StagingProfiles.Select(p => ($"emitted {p}, owned", PulumiYamlEmitter.Emit(Programs.Owned(p)))))
            .Append(("emitted adoption", PulumiYamlEmitter.Emit(Programs.Staging("normal", adopt: true))));

        foreach (var (name, text) in texts)
        {
            Credential().Matches(text).Select(m => m.Value).Should().BeEmpty(name);
        }
    }

    [Fact]
    public void The_credential_scan_finds_what_it_looks_for()
    {
        const string planted = "openai: sk-abcdefghijklmnopqrstuvwxyz012345\nurl: postgresql://netra_user:hunter2hunter2@10.0.0.3/netra\nsecure: v1:AbCdEfGhIjKlMnOp";

        Credential().Matches(planted).Should().HaveCount(3);
    }

    private static string Member(ResourceDeclaration grant) =>
        ((ReferenceValue)((InterpolationValue)grant.Properties["member"]!).Parts[1]).Resource;

    // API keys (sk-…, AIza…), private keys, a password inside a URL that is not a reference, Pulumi ciphertext.
    [GeneratedRegex(@"sk-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{30,}|-----BEGIN [A-Z ]*PRIVATE KEY|://[^:/\s""]+:(?!\$\{)[^@\s""]+@|secure:\s*v1:[A-Za-z0-9+/=]{8,}")]
    private static partial Regex Credential();
}
