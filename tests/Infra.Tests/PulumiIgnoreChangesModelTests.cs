using System.Text.Json.Nodes;
using FluentAssertions;
using Netra.Infra.Tests.Support;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The test model of the engine's ignoreChanges does what pulumi/pulumi's PropertyPath.Reset does, case by case as read
/// in sdk/go/common/resource/properties_path.go (`reset`) and the cases of its TestReset (properties_path_test.go); the
/// incident tests rest on it.
/// </summary>
public class PulumiIgnoreChangesModelTests
{
    [Theory]
    // A key the old inputs have takes the old value, whatever the goal says.
    [InlineData("a.b", """{"a":{"b":1}}""", """{"a":{"b":2}}""", """{"a":{"b":1}}""", true)]
    // A key the old inputs lack is deleted from the goal: it stays absent.
    [InlineData("a.c", """{"a":{"b":1}}""", """{"a":{"b":2,"c":3}}""", """{"a":{"b":2}}""", true)]
    // Along the path, a key only the goal has goes on with nothing on the old side ("Missing index, changed to an object").
    [InlineData("a.b", """{"a":1}""", """{"a":{"b":2}}""", """{"a":{}}""", true)]
    // A key the old inputs have and the goal lacks along the path: a path error ("Missing index, changed from an object").
    [InlineData("a.b", """{"a":{"b":1}}""", """{"a":2}""", """{"a":2}""", false)]
    // A key neither has: nothing to do.
    [InlineData("x.y", """{"a":1}""", """{"a":2}""", """{"a":2}""", true)]
    // An index both lists have takes the old item.
    [InlineData("l[0]", """{"l":[1,2]}""", """{"l":[3,4]}""", """{"l":[1,4]}""", true)]
    // An index only the goal has cannot be reset: the goal keeps its item ("Index out of bound in old").
    [InlineData("l[1]", """{"l":[2]}""", """{"l":[3,4]}""", """{"l":[3,4]}""", false)]
    // An index neither has is the same on both sides.
    [InlineData("l[3]", """{"l":[1,2]}""", """{"l":[1]}""", """{"l":[1]}""", true)]
    // Through an index into a map.
    [InlineData("l[0].v", """{"l":[{"v":1,"w":1}]}""", """{"l":[{"v":2,"w":2}]}""", """{"l":[{"v":1,"w":2}]}""", true)]
    // The wildcard alone: every old input, and none of the goal's others.
    [InlineData("*", """{"a":1,"b":[1]}""", """{"a":2,"c":3}""", """{"a":1,"b":[1]}""", true)]
    // The wildcard over lists of different lengths: the common items reset, and a path error.
    [InlineData("l[*]", """{"l":[1]}""", """{"l":[2,3]}""", """{"l":[1,3]}""", false)]
    // A quoted key with a dot is one key.
    [InlineData("m[\"a.b\"]", """{"m":{"a.b":1}}""", """{"m":{"a.b":2}}""", """{"m":{"a.b":1}}""", true)]
    public void Reset_follows_the_engine(string path, string old, string goal, string expected, bool resettable)
    {
        var (inputs, unresettable) = PulumiIgnoreChanges.Apply(Object(goal), Object(old), [path]);

        JsonNode.DeepEquals(inputs, Object(expected)).Should().BeTrue($"{path} over {goal} from {old} gives {expected}, not {inputs.ToJsonString()}");
        unresettable.Should().HaveCount(resettable ? 0 : 1);
    }

    [Fact]
    public void Paths_apply_in_turn_and_one_that_does_not_parse_is_skipped()
    {
        var (inputs, unresettable) = PulumiIgnoreChanges.Apply(Object("""{"a":2,"b":2}"""), Object("""{"a":1,"b":1}"""), ["a[", "b"]);

        JsonNode.DeepEquals(inputs, Object("""{"a":2,"b":1}""")).Should().BeTrue(inputs.ToJsonString());
        unresettable.Should().BeEmpty("processIgnoreChanges skips a path that does not parse, without a message");
    }

    [Fact]
    public void The_goal_given_is_not_changed()
    {
        var goal = Object("""{"a":2}""");

        PulumiIgnoreChanges.Apply(goal, Object("""{"a":1}"""), ["a"]);

        goal.ToJsonString().Should().Be("""{"a":2}""", "processIgnoreChanges resets a copy of the inputs");
    }

    private static JsonObject Object(string json) => JsonNode.Parse(json)!.AsObject();
}
