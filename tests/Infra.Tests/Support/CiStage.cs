namespace Netra.Infra.Tests.Support;

/// <summary>
/// A temporary folder with the stand-ins of the CI scripts' tools (tests/Infra.Tests/StandIns/ci: curl, pulumi,
/// gcloud) in bin/, their answers and logs in bin/state/, and the environment of a GitHub Actions step that may
/// request an OIDC token. Deleted on dispose.
/// </summary>
public sealed class CiStage : IDisposable
{
    public CiStage()
    {
        Root = Directory.CreateTempSubdirectory("netra-ci-").FullName;
        Directory.CreateDirectory(State);
        foreach (var tool in new[] { "curl", "pulumi", "gcloud" })
        {
            Install(Repo.Path("tests", "Infra.Tests", "StandIns", "ci", tool), Path.Combine(Root, "bin"));
        }

        foreach (var log in new[] { "curl.log", "pulumi.log", "gcloud.log" })
        {
            File.WriteAllText(Path.Combine(State, log), "");
        }

        Answers("header.payload.signature", "pul-0123456789abcdef0123456789abcdef01234567");
    }

    public string Root { get; }

    public string State => Path.Combine(Root, "bin", "state");

    public string Out => Path.Combine(Root, "previews");

    public string Log(string tool) => File.ReadAllText(Path.Combine(State, $"{tool}.log"));

    /// <summary>What GitHub issues as the OIDC token, and what Pulumi Cloud gives for it (null: a refusal).</summary>
    public CiStage Answers(string idToken, string? accessToken, string refusal = "no policy admits the token's claims")
    {
        File.WriteAllText(Path.Combine(State, "oidc.json"), $$"""{"count": 1, "value": "{{idToken}}"}""");
        File.WriteAllText(Path.Combine(State, "exchange.json"), accessToken is null
            ? $$"""{"code": 401, "message": "{{refusal}}"}"""
            : $$"""{"access_token": "{{accessToken}}", "issued_token_type": "urn:pulumi:token-type:access_token:team", "token_type": "Bearer", "expires_in": 3600}""");
        return this;
    }

    public CiStage PreviewFails(string profile, int exitCode)
    {
        File.WriteAllText(Path.Combine(State, $"preview-{profile}.exit"), exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A step of a job with `id-token: write` (the runner's two variables), the stand-ins first on PATH.</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["PATH"] = $"{Path.Combine(Root, "bin")}:/usr/local/bin:/usr/bin:/bin",
        ["HOME"] = Root,
        ["ACTIONS_ID_TOKEN_REQUEST_URL"] = "https://pipelines.actions.example/idtoken?api-version=2.0",
        ["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] = "request-token",
        ["PULUMI_ORGANIZATION"] = "netra",
        ["PULUMI_TEAM"] = "staging-preview",
        ["GOOGLE_APPLICATION_CREDENTIALS"] = Path.Combine(Root, "gha-creds-0.json"),
    };

    public static void Install(string source, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(source));
        File.Copy(source, target, overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
