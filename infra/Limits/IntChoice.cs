using System.Text.Json;

namespace Netra.Infra.Limits;

/// <summary>A closed set of numbers a key takes (an uptime check's periods), as the list itself so rules test
/// membership and print it.</summary>
public sealed class IntChoice(IReadOnlyList<int> values, string source) : IKeyLimit
{
    public IReadOnlyList<int> Values => values;

    public bool Contains(int value) => values.Contains(value);

    public string Allowed => "one of " + string.Join(", ", values);

    public string Source => source;

    public void WriteSchema(Utf8JsonWriter json)
    {
        json.WriteStartArray("enum");
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteNullValue();
        json.WriteEndArray();
    }
}
