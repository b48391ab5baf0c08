using System.Diagnostics;
using FluentAssertions;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Tests.Support;
using Netra.Infra.Validation;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Every profile file states its stack file's secrets configuration, because `pulumi --config-file` reads only the
/// profile file and would otherwise set up a new passphrase (and, with PULUMI_CONFIG_PASSPHRASE set, write a new salt
/// into the profile file). The values below are made up; none of the three keys is secret anyway.
/// </summary>
public class StackSecretsTests
{
    private const string Salt = "v1:Zm9vYmFyYmF6:v1:AAAAc2FtcGxlLW5vdC1yZWFs";
    private const string OtherSalt = "v1:b3RoZXJzYWx0:v1:BBBBc2FtcGxlLW90aGVy";
    private const string Provider = "gcpkms://projects/example-project/locations/global/keyRings/example-ring/cryptoKeys/example-key";
    private const string Key = "CiQAZXhhbXBsZS1ub3QtYS1yZWFsLWtleQ==";
    private const string Fix = "bin/netra-infra secrets-config --stack staging --write";

    private static readonly string[] ProfileFileNames =
        ["Pulumi.adopt.yaml", "Pulumi.direct.yaml", "Pulumi.emergency.yaml", "Pulumi.recovery.yaml", "Pulumi.rollback.yaml"];

    [Fact]
    public void A_passphrase_stack_with_a_profile_file_without_its_salt_is_refused_naming_the_file_and_the_command()
    {
        using var project = new MinimalProject();
        Prepend(project, "Pulumi.staging.yaml", $"encryptionsalt: {Salt}\n");

        var run = SecretsConfig(project);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().HaveCount(ProfileFileNames.Length, "every profile file is reported in one pass");
        run.ErrorLines.Should().Contain(
            $"Pulumi.emergency.yaml: error NETRA106: encryptionsalt: missing; Pulumi.staging.yaml has encryptionsalt: {Salt}. With --config-file Pulumi.emergency.yaml, Pulumi reads only this file and sets up secrets anew: it asks for a new passphrase, fails in CI, or with PULUMI_CONFIG_PASSPHRASE set writes a new salt into this file (on preview too). Run: {Fix}");
        run.Stdout.Should().Contain("Pulumi.staging.yaml (stack staging): the passphrase provider").And.Contain("  Pulumi.emergency.yaml: differs");
    }

    [Fact]
    public void Write_adds_the_salt_after_the_config_block_keeps_every_comment_and_the_check_then_passes()
    {
        using var project = new MinimalProject();
        Prepend(project, "Pulumi.staging.yaml", $"encryptionsalt: {Salt}\n");
        var stackFile = project.Read("Pulumi.staging.yaml");
        var before = ProfileFileNames.ToDictionary(n => n, project.Read);

        var run = SecretsConfig(project, "--write");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.ErrorLines.Should().BeEmpty();
        foreach (var name in ProfileFileNames)
        {
            project.Read(name).Should().Be(before[name] + $"encryptionsalt: {Salt}\n", $"{name} keeps its comments and lines, and gains the salt");
        }

        project.Read("Pulumi.staging.yaml").Should().Be(stackFile);
        SecretsConfig(project).ExitCode.Should().Be(0);
        Check(project).Should().BeEmpty();
    }

    [Fact]
    public void Write_puts_the_salt_after_the_last_key_of_a_longer_config_block_before_what_follows()
    {
        using var project = new MinimalProject();
        Prepend(project, "Pulumi.staging.yaml", $"encryptionsalt: {Salt}\n");
        project.Write("Pulumi.adopt.yaml", "# adoption\nconfig:\n  netra:profile: normal\n# about adopt\n  netra:adopt: \"true\"\n\n# the end\n");

        SecretsConfig(project, "--write").ExitCode.Should().Be(0);

        project.Read("Pulumi.adopt.yaml").Should().Be(
            $"# adoption\nconfig:\n  netra:profile: normal\n# about adopt\n  netra:adopt: \"true\"\nencryptionsalt: {Salt}\n\n# the end\n");
    }

    [Fact]
    public void A_kms_stack_needs_its_provider_and_key_in_every_profile_file_and_write_copies_both()
    {
        using var project = new MinimalProject();
        Prepend(project, "Pulumi.staging.yaml", $"secretsprovider: {Provider}\nencryptedkey: {Key}\n");
        var emergency = project.Read("Pulumi.emergency.yaml");

        var refused = SecretsConfig(project);

        refused.ExitCode.Should().Be(1);
        refused.ErrorLines.Should().HaveCount(2 * ProfileFileNames.Length);
        refused.ErrorLines.Should().Contain(
            $"Pulumi.emergency.yaml: error NETRA106: encryptedkey: missing; Pulumi.staging.yaml has encryptedkey: {Key}. With --config-file Pulumi.emergency.yaml, Pulumi reads only this file and sets up secrets anew: it asks for a new passphrase, fails in CI, or with PULUMI_CONFIG_PASSPHRASE set writes a new salt into this file (on preview too). Run: {Fix}");
        refused.ErrorLines.Should().Contain(l => l.StartsWith("Pulumi.emergency.yaml: error NETRA106: secretsprovider: missing; Pulumi.staging.yaml has secretsprovider: gcpkms://projects/example-project/", StringComparison.Ordinal));
        refused.Stdout.Should().StartWith("Pulumi.staging.yaml (stack staging): secrets provider gcpkms://");

        var written = SecretsConfig(project, "--write");

        written.ExitCode.Should().Be(0, written.Stderr);
        project.Read("Pulumi.emergency.yaml").Should().Be(emergency + $"secretsprovider: {Provider}\nencryptedkey: {Key}\n");
        Check(project).Should().BeEmpty();
    }

    [Fact]
    public void On_the_backends_default_secrets_no_file_has_a_key_the_check_passes_and_write_changes_nothing()
    {
        using var project = new MinimalProject();
        var before = project.Snapshot();

        var check = SecretsConfig(project);
        var write = SecretsConfig(project, "--write");

        check.ExitCode.Should().Be(0, check.Stderr);
        check.Stdout.Should().Be(
            "Pulumi.staging.yaml (stack staging): the backend's default secrets (none of encryptionsalt, secretsprovider, encryptedkey)\n"
            + string.Concat(ProfileFileNames.Select(n => $"  {n}: same\n")));
        write.ExitCode.Should().Be(0, write.Stderr);
        write.Stderr.Should().BeEmpty();
        project.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public void A_different_salt_is_refused_and_write_replaces_it_where_it_stands()
    {
        using var project = new MinimalProject();
        Prepend(project, "Pulumi.staging.yaml", $"encryptionsalt: {Salt}\n");
        SecretsConfig(project, "--write").ExitCode.Should().Be(0);
        var direct = project.Read("Pulumi.direct.yaml");
        project.Write("Pulumi.direct.yaml", $"encryptionsalt: {OtherSalt}\n" + direct.Replace($"encryptionsalt: {Salt}\n", "", StringComparison.Ordinal));

        var refused = SecretsConfig(project);

        refused.ExitCode.Should().Be(1);
        refused.ErrorLines.Should().Equal(
            $"Pulumi.direct.yaml: error NETRA106: encryptionsalt: '{OtherSalt}' differs from Pulumi.staging.yaml, which has encryptionsalt: {Salt}. With --config-file Pulumi.direct.yaml, Pulumi reads only this file and would use its value instead of the stack's: it refuses the passphrase as incorrect, or cannot decrypt the stack's secrets. Run: {Fix}");

        SecretsConfig(project, "--write").ExitCode.Should().Be(0);
        project.Read("Pulumi.direct.yaml").Should().Be($"encryptionsalt: {Salt}\n" + direct.Replace($"encryptionsalt: {Salt}\n", "", StringComparison.Ordinal), "the line is replaced in place");
    }

    [Fact]
    public void A_salt_the_stack_file_lacks_is_refused_and_write_removes_it()
    {
        using var project = new MinimalProject();
        var rollback = project.Read("Pulumi.rollback.yaml");
        project.Write("Pulumi.rollback.yaml", rollback + $"encryptionsalt: {OtherSalt}\n");

        var refused = SecretsConfig(project);

        refused.ExitCode.Should().Be(1);
        refused.ErrorLines.Should().Equal(
            $"Pulumi.rollback.yaml: error NETRA106: encryptionsalt: '{OtherSalt}' is not in Pulumi.staging.yaml, which uses the backend's default secrets (none of encryptionsalt, secretsprovider, encryptedkey). With --config-file Pulumi.rollback.yaml, Pulumi reads only this file and would set up another secrets provider than the stack's own. Remove the key, or run: {Fix}");

        SecretsConfig(project, "--write").ExitCode.Should().Be(0);
        project.Read("Pulumi.rollback.yaml").Should().Be(rollback);
    }

    [Fact]
    public void The_compile_refuses_a_profile_file_that_differs_as_the_engine_runs_it_and_as_emit_does()
    {
        using var project = new MinimalProject();
        Prepend(project, "Pulumi.staging.yaml", $"encryptionsalt: {Salt}\n");

        var engine = CliRun.Engine("staging", """{"netra:profile":"emergency"}""", root: project.Root);
        var emit = CliRun.Invoke(["emit", "--stack", "staging", "--profile", "normal", "--root", project.Root]);

        foreach (var run in new[] { engine, emit })
        {
            run.ExitCode.Should().Be(1);
            run.Stdout.Should().BeEmpty();
            run.ErrorLines.Should().HaveCount(ProfileFileNames.Length).And.OnlyContain(l => l.Contains(" error NETRA106: encryptionsalt: missing;", StringComparison.Ordinal));
        }

        SecretsConfig(project, "--write").ExitCode.Should().Be(0);
        var after = CliRun.Engine("staging", """{"netra:profile":"emergency"}""", root: project.Root);
        after.ExitCode.Should().Be(0, after.Stderr);
        after.Stdout.Should().StartWith("# Generated by netra-infra from stacks/staging.yaml, profile 'emergency'");
    }

    [Fact]
    public void The_repositorys_own_files_pass_the_check()
    {
        var diagnostics = new DiagnosticBag();

        StackSecretsCheck.Check(Repo.Root, "staging", diagnostics).Should().BeTrue();

        diagnostics.Items.Should().BeEmpty();
        CliRun.Invoke(["secrets-config", "--stack", "staging", "--root", Repo.Root]).ExitCode.Should().Be(0);
    }

    [Fact]
    public void The_stack_file_reader_exposes_the_values_and_stays_strict()
    {
        using var project = new MinimalProject();
        project.Write("Pulumi.staging.yaml", $"secretsprovider: {Provider}\nencryptedkey: {Key}\nencryptionsalt: {Salt}\nconfig:\n  netra:profile: normal\n");
        project.Write("Pulumi.direct.yaml", "encryptionsalt:\n  nested: value\nencryptionSalt: x\nconfig:\n  netra:profile: direct\n");

        var good = StackConfiguration.FromFile(ProfileFiles.StackFile(project.Root, "staging"), new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        StackConfiguration.FromFile(ProfileFiles.File(project.Root, "direct"), diagnostics);

        good!.Secrets.Should().Be(new StackSecretsConfiguration(Salt, Provider, Key));
        diagnostics.Items.Select(d => d.ToString()).Should().Equal(
            "Pulumi.direct.yaml: error NETRA003: encryptionsalt: must be a string, not a mapping",
            "Pulumi.direct.yaml: error NETRA001: encryptionSalt: unknown key 'encryptionSalt': did you mean 'encryptionsalt'? (allowed: config, encryptedkey, encryptionsalt, secretsprovider)");
        StackConfiguration.FromEngine("""{"netra:profile":"normal"}""", new DiagnosticBag())!.Secrets.Should().Be(StackSecretsConfiguration.None);
    }

    [Fact]
    public void The_check_reports_a_malformed_secrets_key_but_no_other_fault_of_a_profile_file()
    {
        using var project = new MinimalProject();
        project.Write("Pulumi.direct.yaml", "encryptionsalt:\n  nested: value\nconfig:\n  netra:profile: direct\n");
        project.Write("Pulumi.emergency.yaml", "config:\n  netra:profile: emergency\n  gcp:project: elsewhere\n");

        Check(project).Should().Equal("Pulumi.direct.yaml: error NETRA003: encryptionsalt: must be a string, not a mapping");
    }

    [Fact]
    public void A_stack_without_a_file_of_its_own_is_refused_by_the_command_with_what_writes_it()
    {
        using var project = new MinimalProject();
        File.Delete(project.Path("Pulumi.staging.yaml"));

        var run = SecretsConfig(project);

        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Be("netra-infra: Pulumi.staging.yaml: not found; it holds the stack's secrets configuration (`pulumi stack init staging` writes it), and the profile files are compared with it\n");
        Check(project).Should().BeEmpty("the compile has nothing to compare with (a stack whose settings live in the service)");
    }

    [Fact]
    public void A_stack_file_that_cannot_be_read_is_reported_since_the_profile_files_cannot_be_compared_with_it()
    {
        using var project = new MinimalProject();
        project.Write("Pulumi.staging.yaml", "encryptionsalt: &salt v1:x\nconfig:\n  netra:profile: normal\n");

        var diagnostics = new DiagnosticBag();

        StackSecretsCheck.Check(project.Root, "staging", diagnostics).Should().BeFalse();
        diagnostics.Items.Select(d => d.ToString()).Should().Equal(
            "Pulumi.staging.yaml: error NETRA004: line 1, column 17: an anchor (&salt) is not allowed: write the value out (anchors and aliases are refused in our files, docs/validation.md)");
    }

    private static CliRun SecretsConfig(MinimalProject project, params string[] extra) =>
        CliRun.Invoke(["secrets-config", "--stack", "staging", "--root", project.Root, .. extra]);

    private static IReadOnlyList<string> Check(MinimalProject project)
    {
        var diagnostics = new DiagnosticBag();
        StackSecretsCheck.Check(project.Root, "staging", diagnostics);
        return diagnostics.Items.Select(d => d.ToString()).ToList();
    }

    private static void Prepend(MinimalProject project, string name, string lines) => project.Write(name, lines + project.Read(name));
}
