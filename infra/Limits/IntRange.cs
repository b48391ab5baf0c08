using System.Text.Json;

namespace Netra.Infra.Limits;

/// <summary>An inclusive integer range, printed the way our errors show it: `3..10`.</summary>
/// <param name="Source">Where the bounds come from (a page or the provider's schema); the key reference shows it.</param>
public sealed record IntRange(int Min, int Max, string Source) : IKeyLimit
{
    public bool Contains(int value) => value >= Min && value <= Max;

    public string Allowed => ToString();

    public void WriteSchema(Utf8JsonWriter json)
    {
        json.WriteNumber("minimum", Min);
        json.WriteNumber("maximum", Max);
    }

    public override string ToString() => $"{Min}..{Max}";
}
