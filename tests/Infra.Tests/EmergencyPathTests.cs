using System.Text.Json;
using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Emit;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Tests.Support;
using Netra.Infra.Validation;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests;

/// <summary>
/// The incident path: relief within its budget, from capacity that exists before the incident, changing capacity and
/// routing only, never on a stale image, and within the connection budget at the switch's worst moment.
/// </summary>
public class EmergencyPathTests
{
    private static readonly string[] IdentityTypes =
    [
        SecretComponent.SecretType, SecretComponent.VersionType, RandomValueComponent.Type, DatabaseUserComponent.Type,
        ServiceIdentityComponent.AccountType, ServiceIdentityComponent.SecretMemberType,
    ];

    [Theory]
    [InlineData("normal")]
    [InlineData("recovery")]
    public void The_json_plan_bounds_relief_into_emergency_within_300_s(string from)
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--from", from, "--to", "emergency", "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        var step = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("steps").EnumerateArray().Single();
        var relief = step.GetProperty("timeToRelief");
        relief.GetProperty("upperBoundSeconds").GetInt32().Should().BeLessThanOrEqualTo(300);
        relief.GetProperty("budgetSeconds").GetInt32().Should().Be(300);
        step.GetProperty("incident").GetBoolean().Should().BeTrue();
        relief.GetProperty("criticalPath").EnumerateArray().Select(p => p.GetProperty("resource").GetString())
            .Should().Equal(null, "backend-service");
        relief.GetProperty("criticalPath").EnumerateArray().SelectMany(p => p.GetProperty("waits").EnumerateArray())
            .Should().OnlyContain(w => w.GetProperty("source").GetString()!.Length > 0, "every wait says where its length comes from");
    }

    [Fact]
    public void The_text_plan_names_the_critical_path_to_relief()
    {
        var run = CliRun.Invoke(["plan", "--stack", "staging", "--from", "normal", "--to", "emergency"], new Dictionary<string, string> { ["COLUMNS"] = "250" });

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("Relief in up to 4 min 20 s (incident budget 5 min): Pulumi's lock, refreshes and preview 50 s (inferred) → backend-service new revision (rolling): revision start 30 s (inferred) + startup window 3 min.");
    }

    [Fact]
    public void The_emitted_emergency_program_sends_internet_traffic_through_no_connector()
    {
        var yaml = PulumiYamlEmitter.Emit(Programs.Staging("emergency"));

        yaml.Should().NotContain("ALL_TRAFFIC");
        Programs.StagingEnvironment().Profiles.Values.SelectMany(p => p.Services.Values)
            .Where(s => s.Egress == Egress.AllTraffic && s.EgressReason is null).Should().BeEmpty("all-traffic only with a stated reason");
    }

    [Fact]
    public void The_emergency_profile_s_secrets_iam_members_service_accounts_and_random_values_are_normal_s()
    {
        // Once they are ours (the one-time steps); before that, neither profile declares any of them. Emergency ignores
        // every one of them besides (its incident scope, IncidentProgramTests), which changes nothing in GCP.
        Dictionary<string, string> Identity(string profile) => Programs.Owned(profile).Resources
            .Where(r => IdentityTypes.Contains(r.Type))
            .SelectMany(r => Netra.Infra.Plan.Inventory.Fields(r).Where(f => !f.Path.StartsWith("options.ignoreChanges", StringComparison.Ordinal)).Select(f => ($"{r.Name} {f.Path}", f.Value)))
            .ToDictionary(f => f.Item1, f => f.Value);

        var (normal, emergency) = (Identity("normal"), Identity("emergency"));

        normal.Should().NotBeEmpty();
        emergency.Should().Equal(normal);
    }

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Every_startup_probe_polls_from_the_start_within_cloud_run_s_window(string profile)
    {
        var services = Programs.Staging(profile).Resources.Where(r => r.Type == CloudRunServiceComponent.Type).ToList();

        services.Should().HaveCount(3);
        foreach (var service in services)
        {
            var fields = Netra.Infra.Plan.Inventory.Fields(service).ToDictionary(f => f.Path, f => f.Value);
            const string probe = "properties.template.containers[0].startupProbe";
            fields[$"{probe}.initialDelaySeconds"].Should().Be("0", service.Name);
            (int.Parse(fields[$"{probe}.periodSeconds"]) * int.Parse(fields[$"{probe}.failureThreshold"])).Should().BeLessThanOrEqualTo(240, service.Name);
        }
    }

    [Fact]
    public void Every_up_and_preview_refreshes_first_because_the_project_says_so()
    {
        var project = Load(Repo.Path("Pulumi.yaml"));

        // pulumi/pulumi pkg/cmd/pulumi/operations/io.go getRefreshOption: `up`, `preview` and `destroy` refresh when the
        // project's options.refresh is "always", unless a command says --refresh=false.
        ((YamlScalarNode)((YamlMappingNode)project.Children[new YamlScalarNode("options")]).Children[new YamlScalarNode("refresh")]).Value.Should().Be("always");
        RefreshOptOuts(Repo.Root).Should().BeEmpty("no command this project prints may switch the refresh off");
    }

    [Fact]
    public void A_printed_command_that_switches_the_refresh_off_is_found()
    {
        var root = Directory.CreateTempSubdirectory("netra-refresh-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "README.md"), "Run `pulumi up --stack staging --refresh=false` in a hurry.\n");

            RefreshOptOuts(root).Should().ContainSingle().Which.Should().Contain("README.md");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_runbook_and_the_plans_print_no_command_that_switches_the_refresh_off()
    {
        var outputs = new[]
        {
            CliRun.Invoke(["runbook", "--stack", "staging"]).Stdout,
            CliRun.Invoke(["plan", "--stack", "staging", "--all", "--format", "markdown"]).Stdout,
        };

        outputs.Should().OnlyContain(o => o.Contains("bin/netra-infra switch --stack staging", StringComparison.Ordinal) && !RefreshOff(o));
    }

    [Fact]
    public void An_incident_step_that_touches_a_secret_an_iam_member_or_a_probe_is_refused_with_file_key_and_reason()
    {
        // Profiles cannot set these (they are the services' fixed facts), so the step is built from two versions of
        // the environment: the rule judges whatever diff it is given, as the plan shows it.
        var staging = Programs.OwnedEnvironment();
        var backend = staging.Services["backend"];
        var changed = staging with
        {
            Services = new Dictionary<string, ServiceSpec>(staging.Services)
            {
                ["backend"] = backend with
                {
                    StartupProbe = backend.StartupProbe with { FailureThreshold = 24 },
                    SecretEnv = new SortedDictionary<string, string>(backend.SecretEnv.ToDictionary()) { ["SMTP_PASSWORD"] = "smtp-password" },
                },
            },
            Secrets = new Dictionary<string, SecretSpec>(staging.Secrets) { ["jwt-secret-staging"] = staging.Secrets["jwt-secret-staging"] with { Length = 48 } },
        };

        var all = Check(staging, changed, staging.Transitions[0]);
        var errors = all.Where(d => d.Code == DiagnosticCodes.IncidentStepChange).ToList();

        errors.Should().HaveCount(3).And.OnlyContain(d => d.File == "stacks/staging.yaml" && d.KeyPath == "transitions[0]");
        all.Except(errors).Should().ContainSingle(d => d.Code == DiagnosticCodes.ReliefOverBudget, "the new grant is on the backend's relief path, and nothing bounds it");
        var text = string.Join("\n", errors.Select(e => e.Message));
        text.Should().Contain("backend-service: template.containers[0].envs[SMTP_PASSWORD].valueSource.secretKeyRef.secret (unset → ${smtp-password-secret.secretId})")
            .And.Contain("template.containers[0].startupProbe.failureThreshold (18 → 24)");
        text.Should().Contain("backend-reads-smtp-password: gcp:secretmanager:SecretIamMember create");
        text.Should().Contain("jwt-secret-staging-value: length (64 → 48)");
        errors.Should().AllSatisfy(e => e.Message.Should().StartWith("normal → emergency is an incident step, which changes scaling, cpu and memory, database pools, connector attachment and egress, traffic, and connector sizes only"));
    }

    [Fact]
    public void A_non_incident_step_may_change_what_an_incident_step_may_not()
    {
        var staging = Programs.StagingEnvironment();
        var backend = staging.Services["backend"];
        var changed = staging with
        {
            Services = new Dictionary<string, ServiceSpec>(staging.Services) { ["backend"] = backend with { StartupProbe = backend.StartupProbe with { FailureThreshold = 24 } } },
        };

        Check(staging, changed, staging.Transitions[0] with { Incident = false, ReliefBudgetSeconds = null }).Should().BeEmpty();
        Check(staging, staging, staging.Transitions[0]).Should().BeEmpty("normal → emergency changes capacity and routing only");
    }

    [Fact]
    public void A_slower_start_breaks_the_relief_budget_and_the_error_names_the_startup_window()
    {
        var staging = Programs.StagingEnvironment();
        var slow = staging with { Allowances = staging.Allowances with { RevisionStart = staging.Allowances.RevisionStart with { Seconds = 90 } } };

        var error = Check(slow, slow, slow.Transitions[0]).Should().ContainSingle().Subject;

        error.Code.Should().Be(DiagnosticCodes.ReliefOverBudget);
        error.KeyPath.Should().Be("transitions[0].reliefBudgetSeconds");
        error.Message.Should().Be("normal → emergency must bring relief within 5 min, but may take 5 min 20 s: "
            + "Pulumi's lock, refreshes and preview 50 s (inferred) → backend-service new revision (rolling): revision start 90 s (inferred) + startup window 3 min. "
            + "It breaks on backend-service new revision (rolling): revision start 90 s (inferred) + startup window 3 min: "
            + "shorten the service's startup window (period × failureThreshold), or measure the allowances it counts");
    }

    /// <summary>The checks of transition <paramref name="transition"/>, with `from` built from one environment and
    /// `to` from another.</summary>
    private static IReadOnlyList<Diagnostic> Check(EnvironmentSpec fromEnvironment, EnvironmentSpec toEnvironment, TransitionSpec transition)
    {
        var (from, to) = (fromEnvironment.Profiles[transition.From], toEnvironment.Profiles[transition.To]);
        var step = StepAnalysis.Of(toEnvironment, from, to,
            StackProgram.Build(new Deployment(fromEnvironment, from)), StackProgram.Build(new Deployment(toEnvironment, to)));
        var diagnostics = new DiagnosticBag();
        StepRules.CheckStep(new ValidationContext(new LoadedEnvironment(toEnvironment, new HashSet<string>()), diagnostics), 0, transition, step);
        return diagnostics.Items;
    }

    /// <summary>Every place this project prints a `pulumi up` or `preview` command, and the lines that opt out of the refresh.</summary>
    private static IReadOnlyList<string> RefreshOptOuts(string root)
    {
        var files = new[] { "README.md", "docs", "stacks", ".github", ".ci", "bench" }
            .Select(p => Path.Combine(root, p))
            .SelectMany(p => File.Exists(p) ? [p] : Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories) : [])
            .Concat(Directory.GetFiles(root, "Pulumi*.yaml"));
        return files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(l => RefreshOff(l.line))
            .Select(l => $"{Path.GetRelativePath(root, l.f)}:{l.i + 1}: {l.line.Trim()}")
            .ToList();
    }

    private static bool RefreshOff(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"pulumi\s+(up|preview)\b[^\n`]*(--refresh[= ]false|-r[= ]false)");

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
