using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Switch;
using Netra.Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests;

/// <summary>
/// The CI identities' custom roles (access/*.role.yaml) against what the programs need: the preview's is exactly the
/// reads of every resource type any program declares (every profile, adoption, and each one-time step made), without a
/// secret payload or any write; the switch's is the preview's plus the updates of what the runbook's incident steps
/// change, and the revision a pinning step reads.
/// </summary>
public class AccessRoleTests
{
    private static readonly string[] Forbidden = ["create", "delete", "setIamPolicy", "actAs", "getAccessToken", "signBlob", "signJwt", "implicitDelegation", "serviceAccountKeys"];

    [Fact]
    public void The_preview_role_holds_exactly_the_reads_of_every_resource_type_the_programs_declare()
    {
        var needed = EveryProgram().SelectMany(p => p.Resources).Select(r => r.Type).Where(t => !t.StartsWith("pulumi:providers:", StringComparison.Ordinal)).Distinct().ToList();

        needed.Should().OnlyContain(t => IamPermissions.Read.ContainsKey(t), "every declared type says what reading it needs (infra/Limits/IamPermissions.cs)");
        var reads = needed.SelectMany(t => IamPermissions.Read[t]).Where(p => p != IamPermissions.SecretPayload).Distinct().Order(StringComparer.Ordinal);
        Role("netra-ci-preview").Should().Equal(reads, "access/netra-ci-preview.role.yaml is stale: its permissions are the reads of the declared types, sorted");
        needed.Should().Contain(SecretComponent.VersionType, "the generated credentials' versions are refreshed, and their payload read, once credentials are ours");
    }

    [Fact]
    public void The_switch_role_adds_only_the_updates_of_what_incident_steps_change()
    {
        var environment = Programs.StagingEnvironment();
        var changed = environment.Transitions.Where(t => t.Incident)
            .SelectMany(t => SwitchPlanner.Build(Repo.Root, environment, t.From, t.To, null).Steps.Single().Changes)
            .Select(c => c.Type).Distinct().ToList();

        changed.Should().Equal(CloudRunServiceComponent.Type);
        var expected = Role("netra-ci-preview").Concat(changed.SelectMany(t => IamPermissions.Update[t])).Concat(IamPermissions.SwitchTools).Distinct().Order(StringComparer.Ordinal);
        Role("netra-ci-switch").Should().Equal(expected);
        RevisionPoolsCallsRevisionsDescribe().Should().BeTrue("run.revisions.get is for `gcloud run revisions describe` of a pinned revision");
    }

    [Theory]
    [InlineData("netra-ci-preview")]
    [InlineData("netra-ci-switch")]
    public void No_role_reads_a_secret_payload_creates_deletes_grants_or_impersonates(string role)
    {
        var permissions = Role(role);

        permissions.Should().NotContain(IamPermissions.SecretPayload, "a payload is granted on each generated secret alone, never project-wide");
        var verbs = permissions.Select(p => p.Split('.').Last()).ToList();
        verbs.Should().OnlyContain(v => !Forbidden.Any(f => v.Contains(f, StringComparison.Ordinal)), $"{role} never creates, deletes, grants or impersonates");
    }

    [Fact]
    public void The_setup_grants_the_secret_payload_on_exactly_the_generated_secrets_and_the_channels_keys()
    {
        var readme = File.ReadAllText(Repo.Path("docs/pr-checks.md"));
        var staging = Programs.StagingEnvironment();
        // The generated ones, and the external secrets a channel's sensitive label reads when the program runs (the pager's key).
        var generated = staging.Secrets.Values.Where(s => s.Source != SecretSource.External).Select(s => s.Name)
            .Concat(staging.Observability.Channels.Values.SelectMany(c => c.SensitiveLabels.Values).Select(k => k.Secret))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        var granted = readme.Split('\n').Where(l => l.Contains("roles/secretmanager.secretAccessor", StringComparison.Ordinal) && l.Contains("for s in ", StringComparison.Ordinal))
            .SelectMany(l => l[(l.IndexOf("for s in ", StringComparison.Ordinal) + "for s in ".Length)..l.IndexOf(';')].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Order(StringComparer.Ordinal).ToList();

        granted.Should().Equal(generated, "the preview and switch accounts read the payloads the stack's state holds anyway and the pager's key its channel reads, and no other external one (OpenAI, Anthropic, OAuth…)");
    }

    private static IEnumerable<ProgramDeclaration> EveryProgram()
    {
        foreach (var profile in Programs.StagingProfiles)
        {
            yield return Programs.Staging(profile);
        }

        yield return Programs.Staging("normal", adopt: true);
        foreach (var step in Programs.StagingEnvironment().OneTimeSteps)
        {
            var after = StepData.After(step.Name).Environment;
            yield return StackProgram.Build(new Deployment(after, after.Profiles["normal"]));
        }
    }

    private static bool RevisionPoolsCallsRevisionsDescribe() =>
        File.ReadAllText(Repo.Path("infra", "Switch", "SwitchRun.cs")).Contains("[\"run\", \"revisions\", \"describe\"", StringComparison.Ordinal);

    private static List<string> Role(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repo.Path("access", $"{name}.role.yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        ((YamlScalarNode)root["stage"]).Value.Should().Be("GA");
        return ((YamlSequenceNode)root["includedPermissions"]).Children.Cast<YamlScalarNode>().Select(p => p.Value!).ToList();
    }
}
