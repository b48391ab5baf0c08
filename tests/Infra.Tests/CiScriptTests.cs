using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The scripts the workflows' credentialed steps run, against stand-ins answering in GitHub's and Pulumi Cloud's
/// formats: the Pulumi token exchanged for the job's OIDC token (.ci/pulumi-oidc-token), and the previews of every
/// profile (.ci/preview), with either backend and with a login that fails.
/// </summary>
public class CiScriptTests
{
    private const string Token = "pul-0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void The_pulumi_token_is_a_team_token_of_the_organization_exchanged_for_the_job_s_oidc_token()
    {
        using var stage = new CiStage();

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, stage.Environment, Repo.Path(".ci", "pulumi-oidc-token"), "netra", "staging-preview");

        exit.Should().Be(0, output);
        output.Should().Be(Token + "\n", "the token alone, for the caller's variable");
        var calls = CliRun.Lines(stage.Log("curl")).ToList();
        calls.Should().HaveCount(2);
        calls[0].Should().Contain("Authorization:\\ bearer\\ request-token").And.Contain("idtoken\\?api-version=2.0\\&audience=urn:pulumi:org:netra");
        calls[1].Should().Contain("https://api.pulumi.com/api/oauth/token")
            .And.Contain("audience=urn:pulumi:org:netra")
            .And.Contain("grant_type=urn:ietf:params:oauth:grant-type:token-exchange")
            .And.Contain("subject_token_type=urn:ietf:params:oauth:token-type:id_token")
            .And.Contain("requested_token_type=urn:pulumi:token-type:access_token:team")
            .And.Contain("scope=team:staging-preview")
            .And.Contain("expiration=3600")
            .And.Contain("subject_token=header.payload.signature");
    }

    [Fact]
    public void Without_an_oidc_token_or_with_a_refusal_it_says_why_and_prints_no_token()
    {
        using var stage = new CiStage();
        var environment = stage.Environment;
        environment.Remove("ACTIONS_ID_TOKEN_REQUEST_TOKEN");

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, environment, Repo.Path(".ci", "pulumi-oidc-token"), "netra", "staging-preview");

        exit.Should().Be(1);
        output.Should().Be("pulumi-oidc-token: no GitHub OIDC token to exchange: the job needs 'permissions: id-token: write' (and runs only in GitHub Actions)\n");
        stage.Log("curl").Should().BeEmpty();

        stage.Answers("header.payload.signature", accessToken: null);
        (exit, output) = ProcessRunner.Run("bash", Repo.Root, stage.Environment, Repo.Path(".ci", "pulumi-oidc-token"), "netra", "staging-preview");

        exit.Should().Be(1);
        output.Should().Be("pulumi-oidc-token: Pulumi Cloud refused the exchange for team staging-preview of netra: no policy admits the token's claims\n");
    }

    [Fact]
    public void A_name_that_is_not_a_pulumi_name_is_refused_before_any_request()
    {
        using var stage = new CiStage();

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, stage.Environment, Repo.Path(".ci", "pulumi-oidc-token"), "netra&scope=admin", "staging-preview");

        exit.Should().Be(1);
        output.Should().Be("pulumi-oidc-token: 'netra&scope=admin' is not a Pulumi organization name\n");
        stage.Log("curl").Should().BeEmpty();
    }

    [Fact]
    public void The_previews_of_every_profile_are_written_with_numeric_exit_codes_and_the_token_masked()
    {
        using var stage = new CiStage().PreviewFails("direct", 255);

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, stage.Environment, Repo.Path(".ci", "preview"), stage.Out);

        exit.Should().Be(0, output);
        output.Should().Contain($"::add-mask::{Token}\n", "the runner masks the token in the log before anything could print it");
        foreach (var profile in Programs.StagingProfiles)
        {
            var file = profile == "normal" ? "Pulumi.staging.yaml" : $"Pulumi.{profile}.yaml";
            File.ReadAllText(Path.Combine(stage.Out, $"{profile}.txt")).Should().Be($"Previewing update (staging) with {file}\n");
            File.ReadAllText(Path.Combine(stage.Out, $"{profile}.rc")).Should().Be(profile == "direct" ? "255\n" : "0\n");
        }

        var previews = CliRun.Lines(stage.Log("pulumi")).Where(l => l.StartsWith("pulumi preview", StringComparison.Ordinal)).ToList();
        previews.Should().HaveCount(Programs.StagingProfiles.Length).And.OnlyContain(l => l.Contains("--stack staging", StringComparison.Ordinal) && l.Contains("--non-interactive", StringComparison.Ordinal));
        CliRun.Lines(stage.Log("pulumi")).Where(l => l.StartsWith("env ", StringComparison.Ordinal)).Should()
            .OnlyContain(l => l.StartsWith("env PULUMI_ACCESS_TOKEN=set GOOGLE_APPLICATION_CREDENTIALS=set ", StringComparison.Ordinal));
        stage.Log("pulumi").Should().Contain("NETRA_ROLLBACK_REVISIONS=netra-backend-staging-00813-kx2\n", "the rollback previews with the latest ready revision");
    }

    [Fact]
    public void With_a_self_managed_backend_it_logs_in_there_and_asks_pulumi_cloud_for_nothing()
    {
        using var stage = new CiStage();
        var environment = stage.Environment;
        environment["PULUMI_BACKEND_URL"] = "gs://netra-pulumi-state";

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, environment, Repo.Path(".ci", "preview"), stage.Out);

        exit.Should().Be(0, output);
        CliRun.Lines(stage.Log("pulumi")).First().Should().Be("pulumi login --non-interactive gs://netra-pulumi-state");
        stage.Log("curl").Should().BeEmpty();
        Directory.GetFiles(stage.Out, "*.rc").Should().HaveCount(Programs.StagingProfiles.Length);
    }

    [Fact]
    public void A_refused_login_fails_every_preview_with_the_reason_and_runs_none()
    {
        using var stage = new CiStage().Answers("header.payload.signature", accessToken: null);

        var (exit, output) = ProcessRunner.Run("bash", Repo.Root, stage.Environment, Repo.Path(".ci", "preview"), stage.Out);

        exit.Should().Be(0, output);
        foreach (var profile in Programs.StagingProfiles)
        {
            File.ReadAllText(Path.Combine(stage.Out, $"{profile}.rc")).Should().Be("1\n");
            File.ReadAllText(Path.Combine(stage.Out, $"{profile}.txt")).Should().Contain("The Pulumi login failed:\npulumi-oidc-token: Pulumi Cloud refused the exchange");
        }

        stage.Log("pulumi").Should().BeEmpty();
    }
}
