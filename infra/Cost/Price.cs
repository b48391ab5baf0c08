namespace Netra.Infra.Cost;

/// <summary>One list price, with where it was read and when. <see cref="ThirdParty"/>: not read on Google's own page.</summary>
public sealed record Price(string Id, decimal Usd, string Source, string Read, bool ThirdParty);
