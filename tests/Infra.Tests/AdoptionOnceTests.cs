using FluentAssertions;
using Netra.Infra.Adoption;
using Netra.Infra.Components;
using Netra.Infra.Diagnostics;
using Netra.Infra.Tests.Support;
using Netra.Infra.Validation;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// Adoption runs once: `existing.adopted` says it has, and then adoption mode is refused with what it would delete;
/// a stack's own export says whether it holds anything beyond the stack and its providers.
/// </summary>
public class AdoptionOnceTests
{
    [Fact]
    public void Staging_states_that_adoption_has_not_run_yet_and_adopts_cleanly()
    {
        Programs.StagingEnvironment().Existing.Adopted.Should().BeFalse();
        Programs.Compile("normal", adopt: true).Diagnostics.Should().NotContain(d => d.IsError);
    }

    [Fact]
    public void Once_adopted_adoption_mode_is_refused_naming_the_key_and_what_it_would_delete()
    {
        var staging = Programs.StagingEnvironment();
        var adopted = staging with { Existing = staging.Existing with { Adopted = true } };
        var diagnostics = new DiagnosticBag();

        AdoptionRules.Check(adopted, adopted.Profiles["normal"], diagnostics);

        var error = diagnostics.Items.Should().ContainSingle().Which;
        (error.Code, error.KeyPath).Should().Be((DiagnosticCodes.Adoption, "existing.adopted"));
        error.Message.Should().Contain("adopting again would delete the 29 resources its program leaves out")
            .And.Contain("18 gcp:monitoring:AlertPolicy").And.Contain("2 gcp:monitoring:UptimeCheckConfig").And.EndWith("Run the profile instead: pulumi up --stack staging");
    }

    [Fact]
    public void What_adoption_leaves_out_is_every_resource_of_the_profile_it_does_not_import()
    {
        var staging = Programs.StagingEnvironment();
        var normal = Programs.Staging("normal").Resources;
        var adoption = Programs.Staging("normal", adopt: true).Resources;

        var leftOut = AdoptionScope.LeftOut(staging, staging.Profiles["normal"]);

        leftOut.Select(r => r.Name).Should().Contain([VpcConnectorComponent.LogicalName("standby"), DirectEgressSubnetComponent.LogicalName])
            .And.NotContain(adoption.Select(r => r.Name));
        leftOut.Should().HaveCount(normal.Count(r => !IsProvider(r.Type)) - adoption.Count(r => !IsProvider(r.Type)));
        leftOut.Count(r => r.Type == AlertPolicyComponent.Type).Should().Be(staging.Observability.Alerts.Count);
    }

    [Fact]
    public void A_wrong_value_for_adopted_is_an_error_of_its_own()
    {
        var root = Directory.CreateTempSubdirectory("netra-adopted-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "stacks"));
            foreach (var file in Directory.GetFiles(Repo.Root, "Pulumi*.yaml"))
            {
                File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(root, "stacks", "staging.yaml"),
                File.ReadAllText(Repo.Path("stacks", "staging.yaml")).Replace("  adopted: false\n", "  adopted: yes\n", StringComparison.Ordinal));

            var run = CliRun.Invoke(["emit", "--stack", "staging", "--root", root]);

            run.ExitCode.Should().Be(1);
            run.ErrorLines.Should().Equal("stacks/staging.yaml: error NETRA003: existing.adopted: must be true or false, not text 'yes'");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("""{"version": 3, "deployment": null}""")]
    [InlineData("""{"version": 3}""")]
    [InlineData("""{"version": 3, "deployment": {"manifest": {"time": "2026-11-23T10:00:00Z", "magic": "", "version": "v3.190.0"}}}""")]
    [InlineData("""{"version": 3, "deployment": {"manifest": {}, "resources": []}}""")]
    public void A_stack_never_updated_holds_nothing(string export)
    {
        var (holdings, problem) = StackExport.Read(export);

        problem.Should().BeNull();
        holdings!.HoldsResources.Should().BeFalse();
        holdings.Count.Should().Be(0);
    }

    [Fact]
    public void The_stack_and_its_providers_alone_hold_nothing_an_adoption_could_delete()
    {
        var (holdings, problem) = StackExport.Read(Export(
            ("urn:pulumi:staging::netra-infra::pulumi:pulumi:Stack::netra-infra-staging", "pulumi:pulumi:Stack"),
            ("urn:pulumi:staging::netra-infra::pulumi:providers:gcp::gcp-provider", "pulumi:providers:gcp"),
            ("urn:pulumi:staging::netra-infra::pulumi:providers:random::random-provider", "pulumi:providers:random")));

        problem.Should().BeNull();
        holdings!.HoldsResources.Should().BeFalse();
    }

    [Fact]
    public void Resources_beyond_the_stack_and_its_providers_are_counted_by_type()
    {
        var (holdings, problem) = StackExport.Read(Export(
            ("urn:pulumi:staging::netra-infra::pulumi:pulumi:Stack::netra-infra-staging", "pulumi:pulumi:Stack"),
            ("urn:pulumi:staging::netra-infra::pulumi:providers:gcp::gcp-provider", "pulumi:providers:gcp"),
            ("urn:pulumi:staging::netra-infra::gcp:vpcaccess/connector:Connector::primary-connector", "gcp:vpcaccess/connector:Connector"),
            ("urn:pulumi:staging::netra-infra::gcp:vpcaccess/connector:Connector::standby-connector", "gcp:vpcaccess/connector:Connector"),
            ("urn:pulumi:staging::netra-infra::gcp:sql/databaseInstance:DatabaseInstance::database-instance", "gcp:sql/databaseInstance:DatabaseInstance")));

        problem.Should().BeNull();
        holdings!.HoldsResources.Should().BeTrue();
        holdings.Count.Should().Be(3);
        holdings.ByType.Should().Equal(new Dictionary<string, int>
        {
            ["gcp:vpcaccess/connector:Connector"] = 2,
            ["gcp:sql/databaseInstance:DatabaseInstance"] = 1,
        });
        holdings.Text.Should().Be("2 gcp:vpcaccess/connector:Connector, 1 gcp:sql/databaseInstance:DatabaseInstance");
    }

    [Theory]
    [InlineData("error: no stack named 'staging' found", "did not print JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("""{"version": 2, "deployment": {"resources": []}}""", "version is 2, not 3")]
    [InlineData("""{"deployment": {"resources": []}}""", "version is missing, not 3")]
    [InlineData("""{"version": 3, "deployment": "opaque"}""", "deployment is a string, not an object")]
    [InlineData("""{"version": 3, "deployment": {"resources": {}}}""", "deployment.resources is an object, not a list")]
    [InlineData("""{"version": 3, "deployment": {"resources": [{"urn": "urn:pulumi:staging::netra-infra::gcp:sql/user:User::database-user"}]}}""", "deployment.resources[0] has no type")]
    public void An_export_that_cannot_be_read_is_a_problem_never_an_empty_stack(string export, string problem)
    {
        var (holdings, why) = StackExport.Read(export);

        holdings.Should().BeNull();
        why.Should().Contain(problem);
    }

    private static bool IsProvider(string type) => type.StartsWith(AdoptionScope.ProviderTypePrefix, StringComparison.Ordinal);

    /// <summary>`pulumi stack export` of a stack holding these resources (apitype.UntypedDeployment, version 3).</summary>
    private static string Export(params (string Urn, string Type)[] resources)
    {
        var items = resources.Select(r => $$"""{"urn": "{{r.Urn}}", "custom": {{(r.Type == StackExport.StackType ? "false" : "true")}}, "type": "{{r.Type}}", "id": "x"}""");
        return """{"version": 3, "deployment": {"manifest": {"time": "2026-11-23T10:00:00Z", "magic": "", "version": "v3.190.0"}, "resources": ["""
            + string.Join(", ", items) + "]}}";
    }
}
