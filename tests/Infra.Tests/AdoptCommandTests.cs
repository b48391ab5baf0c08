using FluentAssertions;
using Netra.Infra.Switch;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>`adopt` against the stand-ins: once, on a stack that holds nothing, and only imports.</summary>
public class AdoptCommandTests
{
    private const string Service = "gcp:cloudrunv2/service:Service";

    [Fact]
    public void Adoption_on_a_stack_that_holds_resources_is_refused_before_any_preview()
    {
        using var stage = new SwitchStage().Exports($$$"""
            {"version": 3, "deployment": {"manifest": {"time": "2026-11-30T10:00:00Z", "magic": "m", "version": "v3.259.0"},
             "resources": [
              {"urn": "{{{SwitchStage.StackUrn}}}", "custom": false, "type": "pulumi:pulumi:Stack"},
              {"urn": "urn:pulumi:staging::netra-infra::pulumi:providers:gcp::gcp-provider", "custom": true, "id": "1", "type": "pulumi:providers:gcp"},
              {"urn": "urn:pulumi:staging::netra-infra::gcp:vpcaccess/connector:Connector::standby-connector", "custom": true, "id": "projects/netra-staging/locations/us-central1/connectors/staging-standby", "type": "gcp:vpcaccess/connector:Connector"},
              {"urn": "urn:pulumi:staging::netra-infra::{{{Service}}}::backend-service", "custom": true, "id": "x", "type": "{{{Service}}}"}]}}
            """);

        var result = CliRun.Invoke(["adopt", "--stack", "staging", "--yes"], stage.Environment);

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("stack staging already holds 2 resource(s) (1 gcp:cloudrunv2/service:Service, 1 gcp:vpcaccess/connector:Connector)")
            .And.Contain("an adoption `up` would delete");
        stage.Calls.Should().NotContain("pulumi preview").And.NotContain("pulumi up");
    }

    [Fact]
    public void Adoption_of_an_empty_stack_previews_only_imports_and_a_dry_run_stops_there()
    {
        using var stage = new SwitchStage()
            .Exports("""{"version": 3, "deployment": null}""")
            .Previews(new PreviewStepFixture("import", Service, "backend-service"), new PreviewStepFixture("import", "gcp:sql/databaseInstance:DatabaseInstance", "database-instance"));

        var result = CliRun.Invoke(["adopt", "--stack", "staging", "--dry-run"], stage.Environment);

        result.ExitCode.Should().Be(SwitchExitCodes.Done, result.Stderr);
        result.Stdout.Should().Contain("Adoption of staging: 2 import(s), nothing else.").And.Contain("Dry run: nothing was changed.");
        stage.Calls.Should().Contain("pulumi preview --json --stack staging --config-file Pulumi.adopt.yaml").And.NotContain("pulumi up");
    }

    [Fact]
    public void An_adoption_preview_that_updates_anything_is_refused()
    {
        using var stage = new SwitchStage()
            .Exports("""{"version": 3, "deployment": {"manifest": {}, "resources": []}}""")
            .Previews(new PreviewStepFixture("import", Service, "backend-service"), PreviewStepFixture.Update(Service, "auth-service", "template.scaling.maxInstanceCount"));

        var result = CliRun.Invoke(["adopt", "--stack", "staging", "--yes"], stage.Environment);

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("the adoption preview does more than import: auth-service (gcp:cloudrunv2:Service): update");
        stage.Calls.Should().NotContain("pulumi up");
    }

    [Fact]
    public void Once_the_data_says_adoption_is_done_nothing_runs()
    {
        using var project = new MinimalProject();
        project.Write("stacks/staging.yaml", project.Read("stacks/staging.yaml").Replace("  adopted: false", "  adopted: true", StringComparison.Ordinal));
        using var stage = new SwitchStage();

        var result = CliRun.Invoke(["adopt", "--stack", "staging", "--yes", "--root", project.Root], stage.Environment);

        result.ExitCode.Should().Be(SwitchExitCodes.Refused);
        result.Stderr.Should().Contain("NETRA104").And.Contain("existing.adopted");
        stage.Calls.Should().BeEmpty();
    }
}
