using System.Collections;
using System.Text.Json;

namespace Netra.Infra.Limits;

/// <summary>A closed set of words a key takes (`ZONAL`, `REGIONAL`), in the order the docs list them. It is the list
/// itself, so rules test membership and print it as before.</summary>
public sealed class TextChoice(IReadOnlyList<string> values, string source) : IKeyLimit, IReadOnlyList<string>
{
    public string Allowed => "one of " + string.Join(", ", values);

    public string Source => source;

    public int Count => values.Count;

    public string this[int index] => values[index];

    public void WriteSchema(Utf8JsonWriter json)
    {
        // null stays allowed: an empty value clears a key a profile inherits.
        json.WriteStartArray("enum");
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteNullValue();
        json.WriteEndArray();
    }

    public IEnumerator<string> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
