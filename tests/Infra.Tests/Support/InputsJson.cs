using System.Text.Json.Nodes;
using Netra.Infra.Plan;
using Netra.Infra.Resources;

namespace Netra.Infra.Tests.Support;

/// <summary>
/// A resource's inputs as the engine holds them, in JSON: mappings are objects, lists arrays, and a reference to another
/// resource's output is its `${…}` text (what the state would hold is its resolved value; comparing the text is enough to
/// see whether it changed). And back, to compare two sets of inputs field by field in the inventory's form.
/// </summary>
public static class InputsJson
{
    public static JsonObject Of(MapValue properties) => (JsonObject)Node(properties);

    /// <summary>The inventory's `properties.…` fields of a set of inputs (<see cref="Inventory.Fields"/>).</summary>
    public static IReadOnlyDictionary<string, string> Fields(JsonObject inputs) =>
        Inventory.Fields(new ResourceDeclaration("inputs", "inputs", (MapValue)Value(inputs), new ResourceOptions(), []))
            .ToDictionary(f => f.Path, f => f.Value);

    /// <summary>The inventory paths where two sets of inputs differ (present on one side only included).</summary>
    public static IReadOnlySet<string> Differences(JsonObject left, JsonObject right)
    {
        var (a, b) = (Fields(left), Fields(right));
        return a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k)).ToHashSet(StringComparer.Ordinal);
    }

    private static JsonNode Node(PropertyValue value) => value switch
    {
        MapValue map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)Node(e.Value)))),
        ListValue list => new JsonArray(list.Items.Select(i => (JsonNode?)Node(i)).ToArray()),
        StringValue s => JsonValue.Create(s.Value),
        NumberValue n => JsonValue.Create(n.Value),
        DecimalValue d => JsonValue.Create(d.Value),
        BoolValue b => JsonValue.Create(b.Value),
        ReferenceValue r => JsonValue.Create(r.Expression),
        InterpolationValue i => JsonValue.Create(i.Expression),
        InvokeValue f => JsonValue.Create(f.Text),
        _ => throw new ArgumentException($"no JSON form for {value}", nameof(value)),
    };

    private static PropertyValue Value(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                var mapping = new MapValue();
                foreach (var (key, item) in map)
                {
                    mapping.Add(key, Value(item));
                }

                return mapping;
            case JsonArray array:
                var list = new ListValue();
                foreach (var item in array)
                {
                    list.Add(Value(item));
                }

                return list;
            case JsonValue scalar when scalar.TryGetValue<string>(out var text):
                return text;
            case JsonValue scalar when scalar.TryGetValue<bool>(out var flag):
                return flag;
            case JsonValue scalar when scalar.TryGetValue<long>(out var number):
                return new NumberValue(number);
            case JsonValue scalar when scalar.TryGetValue<decimal>(out var fraction):
                return new DecimalValue(fraction);
            default:
                throw new ArgumentException($"no input value for {node?.ToJsonString() ?? "null"}", nameof(node));
        }
    }
}
