using System.Text.Json;

namespace Netra.Infra.Tests.Support;

/// <summary>
/// A temporary folder with the stand-ins for `pulumi` and `gcloud` (tests/Infra.Tests/StandIns/tools) in bin/, and
/// their answers in bin/state/, written in the real tools' formats. The switch finds them first on PATH; every call is
/// in <see cref="Calls"/>. Deleted on dispose.
/// </summary>
public sealed class SwitchStage : IDisposable
{
    public const string StackUrn = "urn:pulumi:staging::netra-infra::pulumi:pulumi:Stack::netra-infra-staging";

    public SwitchStage()
    {
        Root = Directory.CreateTempSubdirectory("netra-switch-").FullName;
        Directory.CreateDirectory(State);
        foreach (var tool in new[] { "pulumi", "gcloud" })
        {
            var target = Path.Combine(Root, "bin", tool);
            File.Copy(Repo.Path("tests", "Infra.Tests", "StandIns", "tools", tool), target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        File.WriteAllText(Path.Combine(State, "calls.log"), "");
    }

    public string Root { get; }

    public string State => Path.Combine(Root, "bin", "state");

    public string IncidentLog => Path.Combine(Root, "incidents.jsonl");

    public string Calls => File.ReadAllText(Path.Combine(State, "calls.log"));

    /// <summary>The environment the switch runs in: the stand-ins first on PATH, the incident log here.</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["PATH"] = $"{Path.Combine(Root, "bin")}:/usr/local/bin:/usr/bin:/bin",
        ["NETRA_INCIDENT_LOG"] = IncidentLog,
        ["USER"] = "oncall",
        ["HOSTNAME"] = "laptop",
        ["HOME"] = Root,
    };

    /// <summary>The step the tests run most: normal → emergency, as the live preview and Cloud Run answer it when
    /// nothing but the step differs (the backend's connector, auth's service-level minimum).</summary>
    public static SwitchStage NormalToEmergency() => new SwitchStage()
        .InProfile("normal", after: "emergency")
        .Previews(
            PreviewStepFixture.Update("gcp:cloudrunv2/service:Service", "backend-service", "template.vpcAccess.connector"),
            PreviewStepFixture.Update("gcp:cloudrunv2/service:Service", "auth-service", "scaling.minInstanceCount"))
        .Serves("netra-backend-staging", "netra-backend-staging-00813-kx2")
        .Serves("netra-auth-service", "netra-auth-service-00201-ab1");

    /// <summary>Where the stack is now and where it is after an update (`pulumi stack output --json`).</summary>
    public SwitchStage InProfile(string profile, string? after = null)
    {
        File.WriteAllText(Path.Combine(State, "stack-output.json"), Outputs(profile));
        if (after is not null)
        {
            File.WriteAllText(Path.Combine(State, "stack-output.after.json"), Outputs(after));
        }

        return this;
    }

    /// <summary>The live preview: PreviewDigest with the stack's step and one step per resource.</summary>
    public SwitchStage Previews(params PreviewStepFixture[] steps)
    {
        var all = steps.Select(s => s.Json).Prepend($$$"""{"op": "same", "urn": "{{{StackUrn}}}"}""");
        var changes = steps.GroupBy(s => s.Op).Select(g => $"\"{g.Key}\": {g.Count()}");
        File.WriteAllText(Path.Combine(State, "preview.json"),
            $$$"""{"steps": [{{{string.Join(",\n", all)}}}], "duration": 4210000000, "changeSummary": {{{{string.Join(", ", changes)}}}}}""");
        return this;
    }

    /// <summary>What `gcloud run services describe` says serves after the update.</summary>
    public SwitchStage Serves(string service, string revision, string? latestReady = null)
    {
        File.WriteAllText(Path.Combine(State, $"service-{service}.json"), $$$"""
            {"apiVersion": "serving.knative.dev/v1", "kind": "Service", "metadata": {"name": "{{{service}}}"},
             "status": {"latestReadyRevisionName": "{{{latestReady ?? revision}}}", "latestCreatedRevisionName": "{{{latestReady ?? revision}}}",
                        "traffic": [{"revisionName": "{{{revision}}}", "percent": 100, "latestRevision": {{{(latestReady is null ? "true" : "false")}}}}]}}
            """);
        return this;
    }

    /// <summary>A deployed revision, as `gcloud run revisions describe` prints it.</summary>
    public SwitchStage Revision(string name, int? maxScale, int? poolSize, int? maxOverflow)
    {
        var annotations = maxScale is null ? "{}" : $$$"""{"autoscaling.knative.dev/maxScale": "{{{maxScale}}}"}""";
        var env = new List<string> { """{"name": "ENVIRONMENT", "value": "staging"}""" };
        if (poolSize is not null)
        {
            env.Add($$$"""{"name": "DATABASE_POOL_SIZE", "value": "{{{poolSize}}}"}""");
        }

        if (maxOverflow is not null)
        {
            env.Add($$$"""{"name": "DATABASE_MAX_OVERFLOW", "value": "{{{maxOverflow}}}"}""");
        }

        File.WriteAllText(Path.Combine(State, $"revision-{name}.json"), $$$"""
            {"apiVersion": "serving.knative.dev/v1", "kind": "Revision",
             "metadata": {"name": "{{{name}}}", "annotations": {{{annotations}}}, "creationTimestamp": "2026-11-30T10:00:00Z"},
             "spec": {"containerConcurrency": 80, "timeoutSeconds": 600, "containers": [{"image": "us-docker.pkg.dev/netra-staging/app/backend@sha256:0f", "env": [{{{string.Join(", ", env)}}}]}]},
             "status": {"conditions": [{"type": "Ready", "status": "True"}]}}
            """);
        return this;
    }

    public SwitchStage Exports(string deploymentJson)
    {
        File.WriteAllText(Path.Combine(State, "stack-export.json"), deploymentJson);
        return this;
    }

    public SwitchStage UpdateFails()
    {
        File.WriteAllText(Path.Combine(State, "up.fail"), "");
        return this;
    }

    public CliRun Switch(params string[] args) => CliRun.Invoke(["switch", .. args], Environment);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Outputs(string profile) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["environment"] = "staging",
        ["profile"] = profile,
        ["backendUrl"] = "https://netra-backend-staging-abc-uc.a.run.app",
    });
}

/// <summary>One PreviewStep (pkg/display/json.go): op, urn, diffReasons and detailedDiff (path → {kind, inputDiff}).</summary>
public sealed record PreviewStepFixture(string Op, string Type, string Name, params string[] Paths)
{
    public string Json
    {
        get
        {
            var urn = $"urn:pulumi:staging::netra-infra::{Type}::{Name}";
            var reasons = Paths.Select(p => p.Split('.', '[')[0]).Distinct().Select(p => $"\"{p}\"");
            var diff = Paths.Select(p => $$$"""  "{{{p}}}": {"kind": "{{{(Op == "replace" ? "update-replace" : "update")}}}", "inputDiff": true}""");
            return $$$"""{"op": "{{{Op}}}", "urn": "{{{urn}}}", "provider": "urn:pulumi:staging::netra-infra::pulumi:providers:gcp::gcp-provider::0", "diffReasons": [{{{string.Join(", ", reasons)}}}], "detailedDiff": {{{{string.Join(", ", diff)}}}}}""";
        }
    }

    public static PreviewStepFixture Update(string type, string name, params string[] paths) => new("update", type, name, paths);
}
