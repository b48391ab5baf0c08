using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;
using static Netra.Infra.Tests.Support.Workflows;

namespace Netra.Infra.Tests;

/// <summary>
/// What GitHub's "Security hardening for GitHub Actions" asks of every workflow here, checked on all of them: no
/// permission by default, no stored secret, actions pinned at full commit SHAs with their release beside, checkouts
/// that keep no token, artifacts that expire, no expression spliced into a script, OIDC only where federation is used
/// behind an environment; and Dependabot for every ecosystem the repository pins.
/// </summary>
public class WorkflowHardeningTests
{
    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Workflows))]
    public void Nothing_is_permitted_by_default_and_no_stored_secret_is_read(string name)
    {
        var workflow = Load(name);

        Map(workflow, "permissions").Children.Should().BeEmpty("`permissions: {}` at the top: each job names what it needs");
        File.ReadAllText(Workflows.Path(name)).Should().NotContain("secrets.", "no long-lived secret: GCP and Pulumi credentials are exchanged for the job's OIDC token")
            .And.NotContain("credentials_json");
    }

    [Fact]
    public void Every_action_is_pinned_at_a_full_commit_sha_with_its_release_in_a_comment_and_one_sha_per_release()
    {
        var uses = UsesLines().ToList();

        uses.Should().NotBeEmpty();
        foreach (var (file, action, reference, comment) in uses.Where(u => !u.Action.StartsWith("./", StringComparison.Ordinal)))
        {
            reference.Should().MatchRegex("^[0-9a-f]{40}$", $"{file}: {action} is pinned at a commit, not a tag that can move");
            comment.Should().MatchRegex(@"^v\d+\.\d+\.\d+$", $"{file}: {action}@{reference} says which release it is");
        }

        uses.Where(u => !u.Action.StartsWith("./", StringComparison.Ordinal)).GroupBy(u => (u.Action, u.Comment))
            .Should().OnlyContain(g => g.Select(u => u.Ref).Distinct().Count() == 1, "one release, one commit, wherever it is used");
        foreach (var local in uses.Where(u => u.Action.StartsWith("./", StringComparison.Ordinal)))
        {
            (local.Ref, File.Exists(Repo.Path(local.Action.Substring(2)))).Should().Be(("", true), "a local reusable workflow is this repository's own file");
        }
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Workflows))]
    public void Checkouts_keep_no_token_and_artifacts_expire(string name)
    {
        foreach (var (job, steps) in Jobs(Load(name)).Select(j => (j.Name, Steps(j.Job))))
        {
            foreach (var checkout in steps.Where(s => Uses(s, "actions/checkout")))
            {
                Scalar(Map(checkout, "with"), "persist-credentials").Should().Be("false", $"{name} job {job}: the token is not left in .git/config");
            }

            foreach (var upload in steps.Where(s => Uses(s, "actions/upload-artifact")))
            {
                int.Parse(Scalar(Map(upload, "with"), "retention-days"), System.Globalization.CultureInfo.InvariantCulture)
                    .Should().BeInRange(1, 90, $"{name} job {job}: an artifact expires (1 to 90 days, upload-artifact's retention-days)");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Workflows))]
    public void No_script_splices_an_expression_into_its_text(string name)
    {
        foreach (var (job, node) in Jobs(Load(name)))
        {
            foreach (var step in Steps(node).Where(s => Has(s, "run")))
            {
                Scalar(step, "run").Should().NotContain("${{", $"{name} job {job}: what a person or a pull request typed reaches a script as an environment variable, never as its text (GitHub's \"script injection\")");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Workflows))]
    public void An_oidc_token_only_in_jobs_behind_an_environment_that_federate_and_a_write_token_only_in_jobs_that_run_no_repository_code(string name)
    {
        foreach (var (job, node) in Jobs(Load(name)).Where(j => Has(j.Job, "permissions")))
        {
            var permissions = Permissions(node);
            var steps = Steps(node);
            if (permissions.GetValueOrDefault("id-token") == "write")
            {
                Has(node, "environment").Should().BeTrue($"{name} job {job}: an OIDC token only where an environment's reviewers release it");
                steps.Should().Contain(s => Uses(s, "google-github-actions/auth"), $"{name} job {job}: id-token: write is for the federation");
            }

            if (permissions.Any(p => p.Value == "write" && p.Key != "id-token"))
            {
                steps.Should().NotContain(s => Uses(s, "actions/checkout"), $"{name} job {job}: a write token never beside the pull request's code");
                Runs(node).Should().NotContain(".ci/").And.NotContain("bin/").And.NotContain("dotnet");
            }
        }
    }

    [Fact]
    public void Federated_credentials_reach_only_the_step_after_the_auth_step()
    {
        foreach (var name in Workflows.Files.Select(System.IO.Path.GetFileName))
        {
            foreach (var (job, node) in Jobs(Load(name!)))
            {
                var steps = Steps(node);
                var auth = steps.FindIndex(s => Uses(s, "google-github-actions/auth"));
                if (auth < 0)
                {
                    continue;
                }

                var id = Scalar(steps[auth], "id");
                Scalar(Map(steps[auth], "with"), "export_environment_variables").Should().Be("false", $"{name} job {job}: the credentials file is named by the step that needs it, exported to none");
                Has(Map(steps[auth], "with"), "credentials_json").Should().BeFalse();
                for (var i = 0; i < steps.Count; i++)
                {
                    var text = Serialize(steps[i]);
                    text.Contains($"steps.{id}.outputs", StringComparison.Ordinal).Should().Be(i == auth + 1, $"{name} job {job}: step {i} and the credentials");
                }
            }
        }
    }

    [Fact]
    public void Dependabot_updates_every_ecosystem_the_repository_pins()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repo.Path(".github", "dependabot.yml"))));
        var updates = ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["updates"]).Children.Cast<YamlMappingNode>()
            .Select(u => (Scalar(u, "package-ecosystem"), Scalar(u, "directory"))).ToList();

        updates.Should().BeEquivalentTo([("github-actions", "/"), ("nuget", "/"), ("npm", "/conformance")]);
        File.Exists(Repo.Path("conformance", "package-lock.json")).Should().BeTrue();
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => Workflows.Steps(job).ToList();

    private static string Serialize(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
