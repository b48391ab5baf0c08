using FluentAssertions;
using Netra.Infra.Plan;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The decision alone, on small programs: which paths an incident profile's resource ignores, given the steps into it.
/// The staging programs and the engine's behaviour over them are in <see cref="IncidentProgramTests"/>.
/// </summary>
public class IncidentScopeOptionsTests
{
    [Fact]
    public void A_property_nothing_under_which_changes_is_ignored_whole_and_a_changed_one_is_looked_into()
    {
        var before = Resource(new MapValue { { "name", "svc" }, { "scaling", new MapValue { { "min", 0 }, { "max", 4 } } }, { "timeout", "60s" } });
        var after = Resource(new MapValue { { "name", "svc" }, { "scaling", new MapValue { { "min", 1 }, { "max", 4 } } }, { "timeout", "60s" } });

        Scope(after, before).Should().Equal("name", "scaling.max", "timeout");
    }

    [Fact]
    public void A_resource_no_step_changes_is_ignored_by_the_wildcard_and_by_each_property_named()
    {
        var database = Resource(new MapValue { { "name", "db" }, { "settings", new MapValue { { "tier", "db-custom-1-3840" } } } });

        Scope(database, database).Should().Equal("*", "name", "settings");
    }

    [Fact]
    public void A_resource_every_step_creates_puts_no_path_into_the_scope()
    {
        var created = new ResourceDeclaration("standby-connector", "gcp:vpcaccess:Connector", new MapValue { { "name", "standby" } }, new ResourceOptions(), []);
        var target = Program(created);

        IncidentScopeOptions.For(target, [Program()])["standby-connector"].Should().Equal("*", "name");
    }

    [Fact]
    public void Provider_resources_are_left_as_they_are()
    {
        var provider = new ResourceDeclaration("gcp-provider", "pulumi:providers:gcp", new MapValue { { "project", "p" } }, new ResourceOptions { Version = "9.37.0" }, []);

        IncidentScopeOptions.For(Program(provider), [Program(provider)]).Should().NotContainKey("gcp-provider");
        IncidentScopeOptions.Apply(Program(provider), [Program(provider)]).Resources.Single().Should().Be(provider);
    }

    [Fact]
    public void Named_items_at_the_same_positions_are_ignored_by_index_and_the_changed_one_is_the_steps_whole()
    {
        var before = Resource(Container(Env("ENVIRONMENT", "staging"), Env("DATABASE_POOL_SIZE", "4"), Env("DATABASE_MAX_OVERFLOW", "1")));
        var after = Resource(Container(Env("ENVIRONMENT", "staging"), Env("DATABASE_POOL_SIZE", "3"), Env("DATABASE_MAX_OVERFLOW", "1")));

        Scope(after, before).Should().Equal("containers[0].image", "containers[0].envs[0]", "containers[0].envs[2]");
    }

    [Fact]
    public void A_named_item_added_in_the_middle_makes_the_whole_list_the_steps()
    {
        // By position, envs[1] would keep the state's DATABASE_POOL_SIZE where the program now has NEW.
        var before = Resource(Container(Env("ENVIRONMENT", "staging"), Env("DATABASE_POOL_SIZE", "4")));
        var after = Resource(Container(Env("ENVIRONMENT", "staging"), Env("NEW", "1"), Env("DATABASE_POOL_SIZE", "4")));

        Scope(after, before).Should().Equal("containers[0].image");
    }

    [Fact]
    public void A_flat_list_item_is_kept_or_taken_whole()
    {
        var before = Resource(new MapValue { { "traffics", new ListValue { new MapValue { { "type", "LATEST" }, { "percent", 100 } } } } });
        var after = Resource(new MapValue { { "traffics", new ListValue { new MapValue { { "type", "REVISION" }, { "revision", "r-1" }, { "percent", 100 } } } } });

        Scope(after, before).Should().BeEmpty("a pin at the percent of a split made by hand would be neither the pin nor the split");
    }

    [Fact]
    public void A_key_with_dots_is_quoted_as_the_engine_parses_it()
    {
        var before = Resource(new MapValue { { "labels", new MapValue { { "app.kubernetes.io/name", "backend" }, { "team", "a" } } } });
        var after = Resource(new MapValue { { "labels", new MapValue { { "app.kubernetes.io/name", "backend" }, { "team", "b" } } } });

        var scope = Scope(after, before);

        scope.Should().Equal("labels[\"app.kubernetes.io/name\"]");
        PulumiIgnoreChanges.Parse(scope[0]).Should().Equal("labels", "app.kubernetes.io/name");
    }

    [Fact]
    public void The_resources_own_paths_stay_first_unless_they_cover_a_field_a_step_changes()
    {
        var before = Resource(Container(Env("ENVIRONMENT", "staging")), ignore: ["containers[0].image", "client"]);
        var after = Resource(Container(Env("ENVIRONMENT", "production")), ignore: ["containers[0].envs[0]", "containers[0].image", "client"]);

        Scope(after, before).Should().Equal(["containers[0].image", "client"], "envs[0] is the step's change, so the resource's own ignore of it goes");
    }

    [Fact]
    public void Incident_targets_of_each_other_are_scoped_from_each_others_declared_programs()
    {
        var emergency = Resource(new MapValue { { "connector", "standby" }, { "max", 4 } });
        var direct = Resource(new MapValue { { "network", "vpc" }, { "max", 4 } });

        Scope(direct, emergency).Should().Equal("max");
        Scope(emergency, direct).Should().Equal("max");
    }

    [Fact]
    public void The_diff_of_two_programs_that_differ_only_in_ignoreChanges_is_empty()
    {
        var declared = Resource(new MapValue { { "name", "svc" } }, ignore: ["client"]);
        var scoped = declared with { Options = declared.Options with { IgnoreChanges = ["*", "name"] } };

        ProfileDiff.Between(Program(declared), Program(scoped)).Should().BeEmpty("ignoreChanges changes nothing in GCP");
    }

    [Theory]
    [InlineData(new object[] { "template", "containers", 0, "image" }, "template.containers[0].image")]
    [InlineData(new object[] { "template", "annotations", "client.knative.dev/user-image" }, "template.annotations[\"client.knative.dev/user-image\"]")]
    [InlineData(new object[] { "labels", "say \"hi\"" }, "labels[\"say \\\"hi\\\"\"]")]
    [InlineData(new object[] { "a-b", "c" }, "[\"a-b\"].c")]
    public void Paths_are_written_so_the_engine_reads_back_the_same_segments(object[] segments, string text)
    {
        PropertyPaths.Format(segments).Should().Be(text);
        PulumiIgnoreChanges.Parse(text).Should().Equal(segments);
        PropertyPaths.Parse(text).Should().Equal(segments);
    }

    private static IReadOnlyList<string> Scope(ResourceDeclaration target, ResourceDeclaration source) =>
        IncidentScopeOptions.For(Program(target), [Program(source)])[target.Name];

    private static ResourceDeclaration Resource(MapValue properties, IReadOnlyList<string>? ignore = null) =>
        new("backend-service", "gcp:cloudrunv2:Service", properties, new ResourceOptions { IgnoreChanges = ignore ?? [] }, []);

    private static MapValue Container(params MapValue[] envs)
    {
        var list = new ListValue();
        foreach (var env in envs)
        {
            list.Add(env);
        }

        return new MapValue { { "containers", new ListValue { new MapValue { { "image", "hello" }, { "envs", list } } } } };
    }

    private static MapValue Env(string name, string value) => new() { { "name", name }, { "value", value } };

    private static ProgramDeclaration Program(params ResourceDeclaration[] resources) => new("test", [], resources, []);
}
