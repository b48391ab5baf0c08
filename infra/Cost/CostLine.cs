namespace Netra.Infra.Cost;

/// <summary>
/// What one thing a profile keeps running costs per day. <see cref="Item"/> names the thing the same way in every
/// profile (so profiles line up); <see cref="Detail"/> is its size in this one. The amount is a range when it scales
/// (a connector between its minimum and maximum instances). <see cref="Missing"/>: the price ids the table lacks;
/// the amount then covers only the rest, or is null when nothing of it could be priced.
/// </summary>
public sealed record CostLine(string Item, string Detail, string Basis, decimal? LowPerDay, decimal? HighPerDay, IReadOnlyList<Price> Prices, IReadOnlyList<string> Missing)
{
    public string Amount => (LowPerDay, Missing.Count) switch
    {
        (null, _) => "not priced",
        (_, 0) => Money.Range(LowPerDay.Value, HighPerDay!.Value),
        _ => Money.Range(LowPerDay.Value, HighPerDay!.Value) + " + not priced",
    };
}
