using System.Globalization;
using System.Text.Json;

namespace Netra.Infra.Limits;

/// <summary>An inclusive range of numbers with a fraction (a sampling rate), optionally open at the bottom (above 0).</summary>
public sealed record DecimalRange(decimal Min, decimal Max, string Source, bool AboveMin = false) : IKeyLimit
{
    public bool Contains(decimal value) => (AboveMin ? value > Min : value >= Min) && value <= Max;

    public string Allowed => AboveMin
        ? $"above {Min.ToString(CultureInfo.InvariantCulture)}, at most {Max.ToString(CultureInfo.InvariantCulture)}"
        : $"{Min.ToString(CultureInfo.InvariantCulture)}..{Max.ToString(CultureInfo.InvariantCulture)}";

    public void WriteSchema(Utf8JsonWriter json)
    {
        json.WriteNumber(AboveMin ? "exclusiveMinimum" : "minimum", Min);
        json.WriteNumber("maximum", Max);
    }
}
