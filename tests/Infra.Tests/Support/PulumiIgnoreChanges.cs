using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Netra.Infra.Tests.Support;

/// <summary>
/// A model of what the Pulumi engine does with a resource's `ignoreChanges` before the provider diffs, written for the
/// tests from the behaviour read in pulumi/pulumi 3.259 (1b594989), not from its code: pkg/resource/deploy/step_generator.go
/// processIgnoreChanges copies the goal's inputs and resets each path in turn against the old inputs with
/// sdk/go/common/resource/properties_path.go PropertyPath.Reset; a path that does not parse is skipped; one that cannot be
/// reset is reported (an info message, "cannot ignore changes in added or removed elements of the path") and the run goes on.
/// Inputs are JSON: an object is a Pulumi object, an array a Pulumi array. Secrets are not modelled (none is compared here).
/// </summary>
public static class PulumiIgnoreChanges
{
    /// <summary>The goal's inputs after every path is reset, and the paths that could not be.</summary>
    public static (JsonObject Inputs, IReadOnlyList<string> Unresettable) Apply(JsonObject goal, JsonObject old, IEnumerable<string> ignoreChanges)
    {
        var inputs = (JsonObject)goal.DeepClone();
        var unresettable = new List<string>();
        foreach (var ignored in ignoreChanges)
        {
            if (Parse(ignored) is { } path && !Reset(path, old, inputs))
            {
                unresettable.Add(ignored);
            }
        }

        return (inputs, unresettable);
    }

    /// <summary>
    /// parsePropertyPath's grammar, non-strict: a bare key runs to the next `.` or `[`; `["…"]` is a quoted key (`\"` an
    /// escaped quote); `[n]` an index; `[*]` the wildcard, like a bare `*`. Null where the engine reports a parse error.
    /// </summary>
    public static IReadOnlyList<object>? Parse(string path)
    {
        if (path.StartsWith('.'))
        {
            return null;
        }

        var segments = new List<object>();
        var at = 0;
        while (at < path.Length)
        {
            if (path[at] == '.')
            {
                at++;
                if (at == path.Length)
                {
                    return null;
                }
            }
            else if (path[at] == '[' && at + 1 < path.Length && path[at + 1] == '"')
            {
                var key = new StringBuilder();
                at += 2;
                while (at < path.Length && path[at] != '"')
                {
                    var escapedQuote = path[at] == '\\' && at + 1 < path.Length && path[at + 1] == '"';
                    key.Append(escapedQuote ? '"' : path[at]);
                    at += escapedQuote ? 2 : 1;
                }

                if (at + 1 >= path.Length || path[at + 1] != ']')
                {
                    return null;
                }

                segments.Add(key.ToString());
                at += 2;
            }
            else if (path[at] == '[')
            {
                var close = path.IndexOf(']', at);
                if (close < 0)
                {
                    return null;
                }

                var inside = path[(at + 1)..close];
                if (inside == "*")
                {
                    segments.Add("*");
                }
                else if (int.TryParse(inside, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
                {
                    segments.Add(index);
                }
                else
                {
                    return null;
                }

                at = close + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], at);
                end = end < 0 ? path.Length : end;
                segments.Add(path[at..end]);
                at = end;
            }
        }

        return segments;
    }

    /// <summary>The value at a path, as PropertyPath.Get finds it (null when any segment is missing).</summary>
    public static JsonNode? Get(JsonNode? node, IReadOnlyList<object> path)
    {
        foreach (var segment in path)
        {
            node = (node, segment) switch
            {
                (JsonArray array, int index) when index >= 0 && index < array.Count => array[index],
                (JsonObject map, string key) when map.TryGetPropertyValue(key, out var value) => value,
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>
    /// PropertyPath.Reset, one segment at a time: at the last segment a key takes the old value, or is deleted when the old
    /// inputs lack it; an index takes the old item when both lists have it, is a no-op when neither has it, and fails when
    /// only one has it (a reset never adds or removes list items); `*` copies every old entry (and, for an object, drops
    /// the goal's other keys). Along the path, a key the old inputs have but the goal lacks, or an index either lacks, fails;
    /// a key neither has ends the reset; a key only the goal has goes on with nothing on the old side.
    /// </summary>
    public static bool Reset(IReadOnlyList<object> path, JsonNode? old, JsonNode? goal)
    {
        if (path.Count == 0)
        {
            return false;
        }

        var rest = path.Skip(1).ToList();
        return path[0] switch
        {
            int index => ResetIndex(index, rest, old, goal),
            "*" => ResetAll(rest, old, goal),
            string key => ResetKey(key, rest, old, goal),
            _ => throw new ArgumentException($"a segment is a key or an index, not {path[0]}", nameof(path)),
        };
    }

    private static bool ResetIndex(int index, List<object> rest, JsonNode? old, JsonNode? goal)
    {
        if (index < 0)
        {
            return false;
        }

        if (old is not JsonArray oldList || goal is not JsonArray goalList)
        {
            // Neither a list: nothing there to reset. Only one a list: a path error.
            return old is not JsonArray && goal is not JsonArray;
        }

        var (inOld, inGoal) = (index < oldList.Count, index < goalList.Count);
        if (rest.Count == 0)
        {
            if (!inOld && !inGoal)
            {
                return true;
            }

            if (!inOld || !inGoal)
            {
                return false;
            }

            goalList[index] = oldList[index]?.DeepClone();
            return true;
        }

        return inOld && inGoal && Reset(rest, oldList[index], goalList[index]);
    }

    private static bool ResetAll(List<object> rest, JsonNode? old, JsonNode? goal)
    {
        if (rest.Count == 0)
        {
            switch (goal)
            {
                case JsonObject goalMap:
                    if (old is JsonObject oldMap)
                    {
                        foreach (var key in goalMap.Select(e => e.Key).ToList())
                        {
                            goalMap.Remove(key);
                        }

                        foreach (var (key, value) in oldMap)
                        {
                            goalMap[key] = value?.DeepClone();
                        }
                    }

                    return true;
                case JsonArray goalList:
                    if (old is JsonArray oldList)
                    {
                        for (var i = 0; i < oldList.Count && i < goalList.Count; i++)
                        {
                            goalList[i] = oldList[i]?.DeepClone();
                        }

                        return oldList.Count == goalList.Count;
                    }

                    return true;
                default:
                    return false;
            }
        }

        switch (old, goal)
        {
            case (JsonObject oldMap, JsonObject goalMap):
                foreach (var (key, value) in oldMap)
                {
                    if (!goalMap.TryGetPropertyValue(key, out var goalValue) || !Reset(rest, value, goalValue))
                    {
                        return false;
                    }
                }

                return true;
            case (JsonArray oldList, JsonArray goalList):
                for (var i = 0; i < oldList.Count && i < goalList.Count; i++)
                {
                    if (!Reset(rest, oldList[i], goalList[i]))
                    {
                        return false;
                    }
                }

                return oldList.Count == goalList.Count;
            default:
                return false;
        }
    }

    private static bool ResetKey(string key, List<object> rest, JsonNode? old, JsonNode? goal)
    {
        if (rest.Count == 0)
        {
            if (old is JsonObject oldMap && oldMap.TryGetPropertyValue(key, out var value))
            {
                if (goal is not JsonObject goalMap)
                {
                    return false;
                }

                goalMap[key] = value?.DeepClone();
            }
            else if (goal is JsonObject goalMap)
            {
                goalMap.Remove(key);
            }

            return true;
        }

        if (old is not JsonObject oldParent || goal is not JsonObject goalParent)
        {
            return old is not JsonObject && goal is not JsonObject;
        }

        var hasOld = oldParent.TryGetPropertyValue(key, out var oldValue);
        var hasGoal = goalParent.TryGetPropertyValue(key, out var goalValue);
        if (!hasGoal)
        {
            // The old inputs have it and the goal does not: a path error; neither has it: nothing to do.
            return !hasOld;
        }

        return Reset(rest, hasOld ? oldValue : null, goalValue);
    }
}
