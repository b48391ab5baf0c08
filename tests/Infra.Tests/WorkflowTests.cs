using FluentAssertions;
using Netra.Infra.Tests.Conformance;
using Netra.Infra.Tests.Support;
using Xunit;
using static Netra.Infra.Tests.Support.Workflows;

namespace Netra.Infra.Tests;

/// <summary>
/// The PR check (.github/workflows/pr-checks.yml, with pr-comment.yml for the comment): valid by GitHub's workflow
/// schema (action-validator, pinned in conformance/), and holding what it must: the trigger, each job's least
/// privilege, the offline checks, the previews of every profile behind the staging-preview environment, and one
/// comment, updated by jobs that run none of the pull request's code.
/// </summary>
public class WorkflowTests
{
    private const string PrChecks = "pr-checks.yml";

    private static (int ExitCode, string Output) Validate(string path) => ProcessRunner.Run("node", Repo.Root, NodeTools.WorkflowValidator, path);

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Workflows))]
    public void Each_workflow_passes_github_s_workflow_schema_and_a_broken_copy_does_not(string name)
    {
        var folder = Directory.CreateTempSubdirectory("netra-workflow-").FullName;
        var broken = System.IO.Path.Combine(folder, name);
        File.WriteAllText(broken, File.ReadAllText(Workflows.Path(name)).Replace("runs-on: ubuntu-latest", "runs-onn: ubuntu-latest", StringComparison.Ordinal));

        var (valid, invalid) = (Validate(Workflows.Path(name)), Validate(broken));
        Directory.Delete(folder, recursive: true);

        valid.Should().Be((0, ""));
        invalid.ExitCode.Should().NotBe(0);
    }

    [Fact]
    public void It_runs_on_pull_requests_and_each_job_gets_only_what_it_needs()
    {
        var workflow = Load(PrChecks);

        Map(workflow, "on").Children.Keys.Cast<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(k => k.Value).Should().Equal("pull_request");
        var expected = new Dictionary<string, Dictionary<string, string>>
        {
            ["checks"] = new() { ["contents"] = "read" },
            ["preview"] = new() { ["contents"] = "read", ["id-token"] = "write" },
            ["compose"] = new() { ["contents"] = "read" },
            ["comment-plan"] = new() { ["pull-requests"] = "write" },
            ["comment-previews"] = new() { ["pull-requests"] = "write" },
        };
        Jobs(workflow).Select(j => j.Name).Should().BeEquivalentTo(expected.Keys);
        foreach (var (name, job) in Jobs(workflow))
        {
            Permissions(job).Should().BeEquivalentTo(expected[name], $"job {name} gets only what it needs");
        }

        Permissions(Job(Load("pr-comment.yml"), "post")).Should().BeEquivalentTo(new Dictionary<string, string> { ["pull-requests"] = "write" });
    }

    [Fact]
    public void The_checks_job_builds_tests_and_plans_offline_and_hands_the_comment_on_as_an_artifact()
    {
        var checks = Job(Load(PrChecks), "checks");

        Has(checks, "if").Should().BeFalse("the offline checks need no credentials and always run");
        Runs(checks).Should().Contain(".ci/run").And.Contain(".ci/pr-comment > comment/comment.md").And.Contain("echo \"$status\" > comment/status");
        Steps(checks).Should().Contain(s => Uses(s, "actions/upload-artifact") && Scalar(Map(s, "with"), "name") == "comment-plan");
    }

    [Fact]
    public void The_preview_job_previews_every_profile_behind_the_staging_preview_environment_with_federated_credentials_only()
    {
        var preview = Job(Load(PrChecks), "preview");
        var steps = Steps(preview).ToList();

        Scalar(preview, "environment").Should().Be("staging-preview");
        Scalar(preview, "if").Should().Contain("vars.GCP_WORKLOAD_IDENTITY_PROVIDER != ''").And.Contain("github.event.pull_request.head.repo.full_name == github.repository");
        var auth = steps.Single(s => Uses(s, "google-github-actions/auth"));
        var with = Map(auth, "with");
        Scalar(with, "workload_identity_provider").Should().Be("${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}");
        Scalar(with, "service_account").Should().Be("${{ vars.GCP_PREVIEW_SERVICE_ACCOUNT }}");
        Scalar(with, "export_environment_variables").Should().Be("false");
        var previewStep = steps[steps.IndexOf(auth) + 1];
        Scalar(previewStep, "run").Should().Be(".ci/preview previews");
        Map(previewStep, "env").Children.Keys.Cast<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(k => k.Value)
            .Should().BeEquivalentTo("GOOGLE_APPLICATION_CREDENTIALS", "CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE", "PULUMI_BACKEND_URL", "PULUMI_ORGANIZATION", "PULUMI_TEAM");
        steps.Take(steps.IndexOf(auth)).Should().Contain(s => Has(s, "run") && Scalar(s, "run").Contains("bin/netra-infra --version", StringComparison.Ordinal),
            "the program is built before any credential exists, so a package's build targets never run beside one");

        var script = File.ReadAllText(Repo.Path(".ci", "preview"));
        script.Should().Contain($"readonly profiles=({string.Join(' ', Programs.StagingProfiles)})", "every profile of stacks/staging.yaml");
        script.Should().Contain("pulumi preview --stack staging --config-file \"$file\"");
    }

    [Fact]
    public void One_comment_is_posted_after_the_checks_and_replaced_once_the_previews_ran_by_jobs_that_run_no_pr_code()
    {
        var workflow = Load(PrChecks);
        var plan = Job(workflow, "comment-plan");
        var previews = Job(workflow, "comment-previews");

        Scalar(plan, "uses").Should().Be("./.github/workflows/pr-comment.yml");
        Scalar(Map(plan, "with"), "artifact").Should().Be("comment-plan");
        Scalar(previews, "uses").Should().Be("./.github/workflows/pr-comment.yml");
        Scalar(Map(previews, "with"), "artifact").Should().Be("comment-previews");
        ((YamlDotNet.RepresentationModel.YamlSequenceNode)previews["needs"]).Children.Cast<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(n => n.Value)
            .Should().Equal(["compose", "comment-plan"], "the comment with the previews is posted last, so it is the one that stays");
        Scalar(plan, "if").Should().Contain("!cancelled()", "a failed check is still reported");
        Runs(Job(workflow, "compose")).Should().Contain(".ci/pr-comment previews > comment/comment.md");

        var post = Job(Load("pr-comment.yml"), "post");
        Steps(post).Should().NotContain(s => Uses(s, "actions/checkout"), "the job with the write token checks out nothing");
        var runs = Runs(post);
        runs.Should().NotContain(".ci/").And.NotContain("bin/").And.NotContain("dotnet");
        runs.Should().Contain("[[ ! \"$status\" =~ ^[0-9]{1,3}$ ]]", "the status comes from an artifact: a number, or nothing is posted");
        runs.Should().Contain("startswith(\"<!-- netra-infra:pr-plan -->\")").And.Contain("-X PATCH").And.Contain("-X POST");
        runs.IndexOf("=~ ^[0-9]", StringComparison.Ordinal).Should().BeLessThan(runs.IndexOf("-X PATCH", StringComparison.Ordinal), "checked before anything is posted");
    }

    [Fact]
    public void The_docs_sample_comment_is_the_current_plan()
    {
        const string begin = "<!-- pr-sample:begin -->\n", end = "<!-- pr-sample:end -->";
        var readme = File.ReadAllText(Repo.Path("docs/pr-checks.md"));
        var start = readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var sample = readme[start..readme.IndexOf(end, start, StringComparison.Ordinal)];

        var plan = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency", "--format", "markdown"]);

        sample.Should().Be(plan.Stdout, "docs/pr-checks.md's sample is stale: run `bin/netra-infra runbook --stack staging --write`");
    }
}
