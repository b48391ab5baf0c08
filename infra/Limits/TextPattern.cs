using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>A name's shape: the regular expression the rule matches with (its text is the schema's `pattern`, which
/// these expressions write the same way in .NET and ECMA-262), what it means in words, and its source.</summary>
public sealed class TextPattern(Regex regex, string meaning, string source) : IKeyLimit
{
    public Regex Regex => regex;

    public bool IsMatch(string text) => regex.IsMatch(text);

    public string Allowed => $"{meaning} (`{regex}`)";

    public string Source => source;

    public void WriteSchema(Utf8JsonWriter json) => json.WriteString("pattern", regex.ToString());
}
