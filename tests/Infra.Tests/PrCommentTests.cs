using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// .ci/pr-comment, the PR check's comment, run as the workflow runs it (bin/netra-infra with the program built once
/// for all process tests). It prints the plan, and with rejected data, the errors, failing all the same.
/// </summary>
[Collection(nameof(ProgramProcesses))]
public class PrCommentTests(BuiltProgram program)
{
    private IReadOnlyDictionary<string, string> Built => new Dictionary<string, string> { ["NETRA_BUILD_DIR"] = program.BuildDirectory };

    [Fact]
    public void The_comment_script_prints_both_switches_every_profile_and_says_when_previews_did_not_run()
    {
        var (exitCode, comment) = ProcessRunner.Run("bash", Repo.Root, Built, Repo.Path(".ci", "pr-comment"));

        exitCode.Should().Be(0, comment);
        comment.Should().StartWith("<!-- netra-infra:pr-plan -->\n");
        comment.Should().Contain("### normal → emergency\n\n**staging normal → emergency: 2 resource(s) change");
        comment.Should().Contain("### emergency → normal\n\n**staging emergency → normal: 2 steps");
        foreach (var profile in Programs.StagingProfiles)
        {
            comment.Should().Contain($"<details><summary>{profile}</summary>\n\n**staging {profile}: ");
        }

        comment.Should().Contain("_Not run: this repository has no GCP federation or Pulumi backend configured");
        comment.Length.Should().BeLessThan(65_536 - (Programs.StagingProfiles.Length * 3_700), "GitHub's comment limit, with room for a preview of each profile cut at 3,500 characters");
    }

    [Fact]
    public void Without_previews_the_comment_says_whether_they_wait_for_a_reviewer_or_their_job_failed()
    {
        var environment = new Dictionary<string, string>(Built) { ["NETRA_PREVIEW"] = "pending" };

        var (exitCode, comment) = ProcessRunner.Run("bash", Repo.Root, environment, Repo.Path(".ci", "pr-comment"));

        exitCode.Should().Be(0, comment);
        comment.Should().Contain("_Waiting: the previews run once a reviewer approves this run's `staging-preview` deployment (docs/pr-checks.md); this comment is updated then._");

        environment["NETRA_PREVIEW"] = "failed";
        (exitCode, comment) = ProcessRunner.Run("bash", Repo.Root, environment, Repo.Path(".ci", "pr-comment"), "no-previews-here");

        exitCode.Should().Be(0, comment);
        comment.Should().Contain("_Not run: the preview job failed, or its reviewer rejected it, before any preview ran (the workflow run says which)._");
    }

    [Fact]
    public void A_preview_s_exit_code_is_printed_only_when_it_is_a_number()
    {
        var previews = Directory.CreateTempSubdirectory("netra-previews-").FullName;
        foreach (var profile in Programs.StagingProfiles)
        {
            File.WriteAllText(Path.Combine(previews, $"{profile}.txt"), $"Previewing update (staging) {profile}\n");
        }

        File.WriteAllText(Path.Combine(previews, "normal.rc"), "0\n");
        File.WriteAllText(Path.Combine(previews, "emergency.rc"), "255\n");
        File.WriteAllText(Path.Combine(previews, "recovery.rc"), "1)</summary>**merged** <img src=x onerror=alert(1)>\n");
        File.WriteAllText(Path.Combine(previews, "direct.rc"), "");

        var (exitCode, comment) = ProcessRunner.Run("bash", Repo.Root, Built, Repo.Path(".ci", "pr-comment"), previews);
        Directory.Delete(previews, recursive: true);

        exitCode.Should().Be(0, comment);
        comment.Should().Contain("<details><summary>normal: pulumi preview succeeded</summary>");
        comment.Should().Contain("<details><summary>emergency: pulumi preview FAILED (exit 255)</summary>");
        comment.Should().Contain("<details><summary>recovery: pulumi preview FAILED (no exit code recorded)</summary>");
        comment.Should().Contain("<details><summary>direct: pulumi preview FAILED (no exit code recorded)</summary>");
        comment.Should().Contain("<details><summary>rollback: pulumi preview FAILED (no exit code recorded)</summary>", "a missing .rc is no success either");
        comment.Should().NotContain("onerror");
    }

    [Fact]
    public void With_rejected_data_the_comment_shows_the_errors_and_the_script_fails()
    {
        using var project = new ProjectCopy("netra-pr-comment-");
        var stack = project.Path("stacks", "staging.yaml");
        File.WriteAllText(stack, File.ReadAllText(stack).Replace("    name: staging-standby\n", "    name: Staging-Standby\n", StringComparison.Ordinal));

        var (exitCode, comment) = ProcessRunner.Run("bash", project.Root, Built, project.Path(".ci", "pr-comment"));

        exitCode.Should().Be(1, comment);
        comment.Should().StartWith("<!-- netra-infra:pr-plan -->\n");
        comment.Should().Contain("""
            ### The offline plan failed (exit 1)

            ```
            stacks/staging.yaml: error NETRA200: connectors.standby.name: 'Staging-Standby' is not a connector name: a lowercase letter first, a lowercase letter or digit last, only lowercase letters, digits and hyphens (^[a-z][-a-z0-9]*[a-z0-9]$)
            netra-infra: 1 error(s); nothing was emitted.
            ```
            """.Replace("\r", "", StringComparison.Ordinal));
        comment.Should().Contain("_Not run: this repository has no GCP federation", "the rest of the comment is still written");
    }
}
