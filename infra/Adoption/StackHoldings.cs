namespace Netra.Infra.Adoption;

/// <summary>
/// The resources a stack's state holds beyond the stack itself and its providers, counted by type token
/// (`gcp:vpcaccess/connector:Connector` → 2). Empty for a stack never updated.
/// </summary>
public sealed record StackHoldings(IReadOnlyDictionary<string, int> ByType)
{
    public int Count => ByType.Values.Sum();

    /// <summary>Whether the stack holds anything an adoption `up` could delete: then adoption is refused.</summary>
    public bool HoldsResources => Count > 0;

    /// <summary>`2 gcp:vpcaccess/connector:Connector, 1 gcp:sql/databaseInstance:DatabaseInstance`, most first.</summary>
    public string Text => string.Join(", ", ByType.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Value} {t.Key}"));
}
