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

        comment.Should().Contain("_Not run: this repository has no GCP credentials or Pulumi backend configured");
        comment.Length.Should().BeLessThan(65_536 - (Programs.StagingProfiles.Length * 4_200), "GitHub's comment limit, with room for a preview of each profile cut at 4,000 characters");
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
        comment.Should().Contain("_Not run: this repository has no GCP credentials", "the rest of the comment is still written");
    }
}
