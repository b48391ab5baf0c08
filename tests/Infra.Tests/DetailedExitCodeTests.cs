using FluentAssertions;
using Netra.Infra.Diagnostics;
using Netra.Infra.Switch;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// `--detailed-exitcode`, as Terraform's `plan -detailed-exitcode`: 0 when nothing would change, 5 when something
/// would (2 is a bug in netra-infra), the output as without it; refused where "nothing would change" means nothing.
/// </summary>
public class DetailedExitCodeTests
{
    private const string Service = "gcp:cloudrunv2/service:Service";

    [Fact]
    public void A_plan_that_changes_a_resource_exits_5_with_the_same_output()
    {
        string[] plan = ["plan", "--stack", "staging", "--from", "normal", "--to", "emergency"];

        var plain = CliRun.Invoke(plan);
        var detailed = CliRun.Invoke([.. plan, "--detailed-exitcode"]);

        plain.ExitCode.Should().Be(ExitCodes.Success, plain.Stderr);
        detailed.ExitCode.Should().Be(ExitCodes.Changes, detailed.Stderr);
        detailed.Stdout.Should().Be(plain.Stdout).And.Contain("normal → emergency");
    }

    [Fact]
    public void A_plan_that_changes_nothing_exits_0()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "normal", "--detailed-exitcode", "--format", "json"]);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Stderr);
        run.Stdout.Should().Contain("\"changes\": []");
    }

    [Fact]
    public void A_one_time_step_still_to_make_exits_5_and_a_made_one_exits_0()
    {
        using var project = new MinimalProject();
        string[] step = ["plan", "--stack", "staging", "--step", "backend-startup-probe-reaches-database", "--detailed-exitcode", "--root", project.Root];

        var pending = CliRun.Invoke(step);
        var backendProbe = "    startupProbe:\n      httpGet:\n        path: /health\n";
        var text = project.Read("stacks/staging.yaml");
        var at = text.IndexOf(backendProbe, StringComparison.Ordinal);
        project.Write("stacks/staging.yaml", text[..at] + backendProbe.Replace("/health", "/health/db", StringComparison.Ordinal) + text[(at + backendProbe.Length)..]);
        var made = CliRun.Invoke(step);

        pending.ExitCode.Should().Be(ExitCodes.Changes, pending.Stderr);
        pending.Stdout.Should().Contain("1 resource(s) change");
        made.ExitCode.Should().Be(ExitCodes.Success, made.Stderr);
        made.Stdout.Should().Contain("0 resource(s) change");
    }

    [Theory]
    [InlineData("--profile", "emergency")]
    [InlineData("--all", null)]
    [InlineData("--inventory", null)]
    public void A_plan_that_changes_nothing_by_nature_refuses_the_flag_in_one_line(string option, string? value)
    {
        string[] args = value is null ? [option] : [option, value];

        var run = CliRun.Invoke(["plan", "--stack", "staging", .. args, "--detailed-exitcode"]);

        run.ExitCode.Should().Be(ExitCodes.Refused);
        run.Stdout.Should().BeEmpty();
        CliRun.Lines(run.Stderr).Should().ContainSingle().Which.Should()
            .StartWith("netra-infra: --detailed-exitcode is for a plan that changes something")
            .And.Contain("bin/netra-infra plan --stack staging --from <profile> --to <profile> --detailed-exitcode");
    }

    [Fact]
    public void A_dry_run_whose_preview_matches_a_step_that_changes_staging_exits_5_with_the_same_output()
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Previews(PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"));

        var plain = stage.Switch("--stack", "staging", "--to", "emergency", "--dry-run");
        var detailed = stage.Switch("--stack", "staging", "--to", "emergency", "--dry-run", "--detailed-exitcode");

        plain.ExitCode.Should().Be(SwitchExitCodes.Done, plain.Stderr);
        detailed.ExitCode.Should().Be(SwitchExitCodes.Changes, detailed.Stderr);
        SwitchExitCodes.Changes.Should().Be(ExitCodes.Changes, "the same number as plan's");
        detailed.Stdout.Should().Be(plain.Stdout).And.Contain("the live preview matches the plan: 1 resource(s) to update");
        stage.Calls.Should().NotContain("pulumi up");
    }

    [Fact]
    public void A_dry_run_when_staging_is_already_there_exits_0()
    {
        using var stage = new SwitchStage().InProfile("emergency");

        var run = stage.Switch("--stack", "staging", "--to", "emergency", "--dry-run", "--detailed-exitcode");

        run.ExitCode.Should().Be(SwitchExitCodes.Done, run.Stderr);
        run.Stdout.Should().Contain("already in emergency");
        stage.Calls.Should().NotContain("pulumi preview");
    }

    [Fact]
    public void A_dry_run_whose_preview_does_more_than_the_plan_is_refused_not_5()
    {
        using var stage = new SwitchStage()
            .InProfile("normal")
            .Previews(
                PreviewStepFixture.Update(Service, "backend-service", "template.vpcAccess.connector"),
                PreviewStepFixture.Update("gcp:sql/databaseInstance:DatabaseInstance", "database", "settings.databaseFlags[1].value"));

        var run = stage.Switch("--stack", "staging", "--to", "emergency", "--dry-run", "--detailed-exitcode");

        run.ExitCode.Should().Be(SwitchExitCodes.Refused);
        run.Stderr.Should().Contain("refused, nothing was changed");
    }

    [Fact]
    public void A_switch_that_would_run_the_step_refuses_the_flag_before_any_tool_runs()
    {
        using var stage = new SwitchStage().InProfile("normal");

        var run = stage.Switch("--stack", "staging", "--to", "rollback", "--revision", "netra-backend-staging-00801-aa1", "--yes", "--detailed-exitcode");

        run.ExitCode.Should().Be(SwitchExitCodes.Refused);
        run.Stdout.Should().BeEmpty();
        CliRun.Lines(run.Stderr).Should().ContainSingle().Which.Should()
            .StartWith("netra-infra: switch: --detailed-exitcode is for a dry run")
            .And.Contain("bin/netra-infra switch --stack staging --to rollback --revision netra-backend-staging-00801-aa1 --dry-run --detailed-exitcode");
        stage.Calls.Should().BeEmpty();
    }
}
