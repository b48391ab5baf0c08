using System.Text.Json.Nodes;
using FluentAssertions;
using Netra.Infra.Components;
using Netra.Infra.Emit;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The incident scope as the engine would apply it: each incident profile's emitted program, run through a model of
/// Pulumi's ignoreChanges (<see cref="PulumiIgnoreChanges"/>) against a live state that people changed by hand during
/// the outage, changes exactly what its step changes and keeps everything else as it runs.
/// </summary>
public class IncidentProgramTests
{
    private const string HandBuiltImage = "us-central1-docker.pkg.dev/netra-staging/netra/backend:hand-built";

    public static IEnumerable<object[]> IncidentSteps() =>
        Programs.StagingEnvironment().Transitions.Where(t => t.Incident).Select(t => new object[] { t.From, t.To });

    public static IEnumerable<object[]> IncidentTargets() => Targets(Programs.StagingEnvironment()).Select(p => new object[] { p });

    [Fact]
    public void An_emergency_up_changes_only_the_steps_fields_and_keeps_every_hand_made_change()
    {
        var live = Live(Programs.Staging("normal"));

        var (inputs, changes, unresettable) = Up(Programs.Staging("emergency"), live);

        changes.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["backend-service"] = ["properties.template.vpcAccess.connector"],
            ["auth-service"] = ["properties.scaling.minInstanceCount"],
        });
        unresettable.Should().BeEmpty("every path resets cleanly against the live state");
        inputs["backend-service"]["template"]!["vpcAccess"]!["connector"]!.GetValue<string>().Should().Be("${standby-connector.id}");
        inputs["auth-service"]["scaling"]!["minInstanceCount"]!.GetValue<long>().Should().Be(1);
        Flag(inputs[CloudSqlInstanceComponent.LogicalName], "max_connections").Should().Be("200", "max_connections back to 100 would restart Cloud SQL mid-incident");
        foreach (var service in new[] { "backend-service", "auth-service" })
        {
            var container = inputs[service]["template"]!["containers"]![0]!;
            container["image"]!.GetValue<string>().Should().Be(HandBuiltImage);
            container["envs"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).Should().Contain("HAND_SET");
        }
    }

    [Fact]
    public void Without_the_scope_the_same_up_would_revert_the_hand_made_changes()
    {
        var environment = WithoutIncidentSteps(Programs.StagingEnvironment());
        var unscoped = StackProgram.Build(new Deployment(environment, environment.Profiles["emergency"]));

        var (_, changes, _) = Up(unscoped, Live(Programs.Staging("normal")));

        changes[CloudSqlInstanceComponent.LogicalName].Should().Contain("properties.settings.databaseFlags[max_connections].value");
        changes["backend-service"].Should().Contain("properties.template.containers[0].envs[HAND_SET].value");
        changes["auth-service"].Should().Contain("properties.template.containers[0].envs[HAND_SET].value");
    }

    [Theory]
    [MemberData(nameof(IncidentSteps))]
    public void Every_incident_step_over_a_hand_changed_live_state_changes_exactly_what_its_plan_shows(string from, string to)
    {
        var (source, target) = (Programs.Staging(from), Programs.Staging(to));
        var plan = ProfileDiff.Between(source, target);

        var (_, changes, unresettable) = Up(target, Live(source));

        var expected = plan
            .Where(c => c.Kind == ChangeKind.Updated)
            .Select(c => (c.Name, Paths: c.Fields.Select(f => f.Path).Where(p => p.StartsWith("properties.", StringComparison.Ordinal)).ToArray()))
            .Where(c => c.Paths.Length > 0)
            .ToDictionary(c => c.Name, c => c.Paths);
        changes.Should().BeEquivalentTo(expected, $"{from} → {to} changes what its plan shows, and nothing a person changed");
        unresettable.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(IncidentSteps))]
    public void Without_its_wildcard_every_list_still_keeps_what_runs(string from, string to)
    {
        // pulumi-gcp's bridge matches named paths only (pulumi-terraform-bridge#3177): what "*" keeps, the names must too.
        var target = Programs.Staging(to);
        var named = target with
        {
            Resources = target.Resources.Select(r => r with { Options = r.Options with { IgnoreChanges = r.Options.IgnoreChanges.Where(p => p != StackProgram.AllProperties).ToList() } }).ToList(),
        };
        var live = Live(Programs.Staging(from));

        var (withWildcard, withoutWildcard) = (Up(target, live).Inputs, Up(named, live).Inputs);
        foreach (var (name, inputs) in withWildcard)
        {
            JsonNode.DeepEquals(withoutWildcard[name], inputs).Should().BeTrue($"{from} → {to}, {name}: the named paths keep what the wildcard keeps");
        }
    }

    [Theory]
    [MemberData(nameof(IncidentTargets))]
    public void Every_path_the_scope_adds_names_a_property_the_resource_declares(string profile)
    {
        var environment = Programs.StagingEnvironment();
        var declared = Declared(environment, profile).Resources.ToDictionary(r => r.Name);

        foreach (var resource in StackProgram.Build(new Deployment(environment, environment.Profiles[profile])).Resources)
        {
            var inputs = InputsJson.Of(resource.Properties);
            foreach (var path in resource.Options.IgnoreChanges.Except(declared[resource.Name].Options.IgnoreChanges).Where(p => p != StackProgram.AllProperties))
            {
                PulumiIgnoreChanges.Parse(path).Should().NotBeNull($"{resource.Name}: {path} parses");
                PulumiIgnoreChanges.Get(inputs, PulumiIgnoreChanges.Parse(path)!).Should().NotBeNull($"{profile} {resource.Name}: {path} names a declared property");
            }
        }
    }

    [Fact]
    public void Profiles_no_incident_step_leads_to_carry_no_new_ignoreChanges()
    {
        var environment = Programs.StagingEnvironment();
        var others = environment.Profiles.Keys.Except(Targets(environment)).ToList();

        others.Should().Contain(["normal", "recovery"]);
        foreach (var profile in others)
        {
            var built = StackProgram.Build(new Deployment(environment, environment.Profiles[profile]));
            built.Resources.Select(r => (r.Name, r.Options.IgnoreChanges))
                .Should().BeEquivalentTo(Declared(environment, profile).Resources.Select(r => (r.Name, r.Options.IgnoreChanges)), o => o.WithStrictOrdering(), profile);
            built.HeaderComments.Should().NotContain(c => c.StartsWith("INCIDENT PROFILE", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(IncidentTargets))]
    public void The_database_instance_is_ignored_whole_in_every_incident_profile(string profile)
    {
        var program = Programs.Staging(profile);
        var database = program.Resources.Single(r => r.Name == CloudSqlInstanceComponent.LogicalName);

        database.Options.IgnoreChanges.Should().Equal([StackProgram.AllProperties, .. database.Properties.Entries.Select(e => e.Key)],
            "no incident step ever updates the database: the wildcard, and each property by name for the provider's diff");
        PulumiYamlEmitter.Emit(program).Should().Contain("# INCIDENT PROFILE: every field that the incident steps into it");
    }

    private static IReadOnlySet<string> Targets(EnvironmentSpec environment) =>
        environment.Transitions.Where(t => t.Incident).Select(t => t.To).ToHashSet(StringComparer.Ordinal);

    private static EnvironmentSpec WithoutIncidentSteps(EnvironmentSpec environment) =>
        environment with { Transitions = environment.Transitions.Select(t => t with { Incident = false }).ToList() };

    /// <summary>The profile's program as declared: no step is an incident step, so nothing is scoped.</summary>
    private static ProgramDeclaration Declared(EnvironmentSpec environment, string profile)
    {
        var unscoped = WithoutIncidentSteps(environment);
        return StackProgram.Build(new Deployment(unscoped, unscoped.Profiles[profile]));
    }

    /// <summary>
    /// The state after `refresh: always`, as people left staging during the outage: `gcloud sql instances patch
    /// --database-flags=max_connections=200`, `gcloud run services update --update-env-vars HAND_SET=1` on the backend and
    /// auth, and an image the deploy pipeline built.
    /// </summary>
    private static Dictionary<string, JsonObject> Live(ProgramDeclaration program)
    {
        var live = program.Resources.ToDictionary(r => r.Name, r => InputsJson.Of(r.Properties));
        var flags = live[CloudSqlInstanceComponent.LogicalName]["settings"]!["databaseFlags"]!.AsArray();
        flags.Single(f => f!["name"]!.GetValue<string>() == "max_connections")!["value"] = "200";
        foreach (var role in new[] { "backend", "auth" })
        {
            var container = live[CloudRunServiceComponent.LogicalName(role)]["template"]!["containers"]![0]!.AsObject();
            container["envs"]!.AsArray().Add(new JsonObject { ["name"] = "HAND_SET", ["value"] = "1" });
            container["image"] = HandBuiltImage;
        }

        return live;
    }

    /// <summary>
    /// What an `up` of <paramref name="program"/> sends to each provider over <paramref name="live"/>: the goal after
    /// ignoreChanges, per resource the inventory paths where it differs from what runs (resources it creates have no old
    /// state to keep, so they are left out), and every path that could not be reset.
    /// </summary>
    private static (Dictionary<string, JsonObject> Inputs, Dictionary<string, string[]> Changes, List<string> Unresettable) Up(
        ProgramDeclaration program, IReadOnlyDictionary<string, JsonObject> live)
    {
        var (inputs, changes, unresettable) = (new Dictionary<string, JsonObject>(), new Dictionary<string, string[]>(), new List<string>());
        foreach (var resource in program.Resources.Where(r => live.ContainsKey(r.Name) && !r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)))
        {
            var (goal, failed) = PulumiIgnoreChanges.Apply(InputsJson.Of(resource.Properties), live[resource.Name], resource.Options.IgnoreChanges);
            inputs[resource.Name] = goal;
            unresettable.AddRange(failed.Select(f => $"{resource.Name}: {f}"));
            var differences = InputsJson.Differences(live[resource.Name], goal);
            if (differences.Count > 0)
            {
                changes[resource.Name] = differences.Order(StringComparer.Ordinal).ToArray();
            }
        }

        return (inputs, changes, unresettable);
    }

    private static string Flag(JsonObject database, string name) =>
        database["settings"]!["databaseFlags"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();
}
