using System.Globalization;

namespace Netra.Infra.Cost;

/// <summary>The daily cost of one profile: its lines, their sum as a range, and what could not be priced.</summary>
public sealed record ProfileCost(string Profile, IReadOnlyList<CostLine> Lines)
{
    public decimal Low => Lines.Sum(l => l.LowPerDay ?? 0);

    public decimal High => Lines.Sum(l => l.HighPerDay ?? 0);

    /// <summary>The price ids the table lacks for this profile.</summary>
    public IReadOnlyList<string> Missing => Lines.SelectMany(l => l.Missing).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<Price> Prices => Lines.SelectMany(l => l.Prices).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    public string Range => Money.Range(Low, High) + "/day";

    /// <summary>`$1.20–$2.40/day → $30.10–$35.00/day (+$28.90–$32.60/day)`.</summary>
    public static string Change(ProfileCost from, ProfileCost to) =>
        $"{from.Range} → {to.Range} ({Money.SignedRange(to.Low - from.Low, to.High - from.High)}/day)";
}

/// <summary>Dollars as people read them in a plan: cents, invariant culture.</summary>
public static class Money
{
    public static string Usd(decimal amount) => "$" + Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("N2", CultureInfo.InvariantCulture);

    public static string Range(decimal low, decimal high) => Round(low) == Round(high) ? Usd(low) : $"{Usd(low)}–{Usd(high)}";

    public static string SignedRange(decimal low, decimal high) => Round(low) == Round(high) ? Signed(low) : $"{Signed(low)} to {Signed(high)}";

    private static string Signed(decimal amount) => Round(amount) switch
    {
        > 0 => "+" + Usd(amount),
        < 0 => "-" + Usd(-amount),
        _ => "±$0.00",
    };

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
