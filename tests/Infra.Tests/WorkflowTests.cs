using FluentAssertions;
using Netra.Infra.Tests.Conformance;
using Netra.Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests;

/// <summary>
/// The PR check (.github/workflows/pr-checks.yml): valid by GitHub's workflow schema (action-validator, pinned in
/// conformance/), and holding what it must: the trigger, least-privilege permissions, the offline checks, previews
/// of every profile, and one comment that is updated, not duplicated.
/// </summary>
public class WorkflowTests
{
    private static readonly string WorkflowPath = Repo.Path(".github", "workflows", "pr-checks.yml");

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(WorkflowPath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static Dictionary<string, string> Permissions(YamlNode node) =>
        Map(node, "permissions").Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);

    private static string Runs(YamlMappingNode job) => string.Join("\n", ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
        .Where(s => s.Children.ContainsKey("run")).Select(s => Scalar(s, "run")));

    private static (int ExitCode, string Output) Validate(string path) => ProcessRunner.Run("node", Repo.Root, NodeTools.WorkflowValidator, path);

    [Fact]
    public void The_workflow_passes_github_s_workflow_schema_and_a_broken_copy_does_not()
    {
        var folder = Directory.CreateTempSubdirectory("netra-workflow-").FullName;
        var broken = Path.Combine(folder, "pr-checks.yml");
        File.WriteAllText(broken, File.ReadAllText(WorkflowPath).Replace("runs-on: ubuntu-latest", "runs-onn: ubuntu-latest", StringComparison.Ordinal));

        var (valid, invalid) = (Validate(WorkflowPath), Validate(broken));
        Directory.Delete(folder, recursive: true);

        valid.Should().Be((0, ""));
        invalid.ExitCode.Should().NotBe(0);
    }

    [Fact]
    public void It_runs_on_pull_requests_with_least_privilege()
    {
        var workflow = Workflow();

        Map(workflow, "on").Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value).Should().Equal("pull_request");
        Permissions(workflow).Should().BeEquivalentTo(new Dictionary<string, string> { ["contents"] = "read", ["pull-requests"] = "write" });
        var jobs = Map(workflow, "jobs");
        foreach (var (name, job) in jobs.Children.Select(j => (((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value)))
        {
            var expected = name == "comment"
                ? new Dictionary<string, string> { ["contents"] = "read", ["pull-requests"] = "write" }
                : new Dictionary<string, string> { ["contents"] = "read" };
            Permissions(job).Should().BeEquivalentTo(expected, $"job {name} gets only what it needs");
        }
    }

    [Fact]
    public void The_checks_job_builds_tests_and_plans_offline()
    {
        var checks = Map(Map(Workflow(), "jobs"), "checks");

        checks.Children.Should().NotContainKey("if", "the offline checks need no credentials and always run");
        Runs(checks).Should().Contain(".ci/run").And.Contain(".ci/pr-comment");
    }

    [Fact]
    public void The_preview_job_previews_every_profile_of_the_one_staging_stack_only_with_credentials()
    {
        var preview = Map(Map(Workflow(), "jobs"), "preview");
        var steps = ((YamlSequenceNode)preview["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var runs = Runs(preview);

        steps.Skip(1).Should().OnlyContain(s => Scalar(s, "if") == "steps.credentials.outputs.configured == 'true'");
        runs.Should().Contain("pulumi preview --stack staging --config-file \"$file\"");
        runs.Should().Contain($"for profile in {string.Join(' ', Programs.StagingProfiles)}; do", "every profile of stacks/staging.yaml");
        Map(preview, "env").Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value)
            .Should().Contain(["PULUMI_ACCESS_TOKEN", "PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE"]);
    }

    [Fact]
    public void One_comment_is_updated_after_both_jobs_even_when_one_failed()
    {
        var comment = Map(Map(Workflow(), "jobs"), "comment");

        ((YamlSequenceNode)comment["needs"]).Children.Cast<YamlScalarNode>().Select(n => n.Value).Should().Equal("checks", "preview");
        Scalar(comment, "if").Should().Contain("always()");
        var runs = Runs(comment);
        runs.Should().Contain(".ci/pr-comment previews > comment.md");
        runs.Should().Contain("startswith(\"<!-- netra-infra:pr-plan -->\")").And.Contain("-X PATCH").And.Contain("-X POST");
    }

    [Fact]
    public void The_readme_s_sample_comment_is_the_current_plan()
    {
        const string begin = "<!-- pr-sample:begin -->\n", end = "<!-- pr-sample:end -->";
        var readme = File.ReadAllText(Repo.Path("README.md"));
        var start = readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var sample = readme[start..readme.IndexOf(end, start, StringComparison.Ordinal)];

        var plan = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency", "--format", "markdown"]);

        sample.Should().Be(plan.Stdout, "the README's sample is stale: paste the output of `bin/netra-infra plan --stack staging --from normal --to emergency --format markdown`");
    }
}
