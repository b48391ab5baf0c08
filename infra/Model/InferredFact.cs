namespace Netra.Infra.Model;

/// <summary>
/// A value of the environment file that no incident record states: inferred, to be confirmed on the live environment.
/// <see cref="Key"/> is its key path (`database.tier`; `*` stands for any one key, `secrets.*.replication`);
/// <see cref="Values"/> what the file holds there now; <see cref="Confirm"/> the command whose output confirms it.
/// </summary>
public sealed record InferredFact(string Key, string Why, string Confirm, IReadOnlyList<(string Path, string Value)> Values)
{
    /// <summary>Whether this marker covers <paramref name="keyPath"/> (the marked key itself, or inside it).</summary>
    public bool Covers(string keyPath)
    {
        var (marker, path) = (Key.Split('.'), keyPath.Split('.'));
        return path.Length >= marker.Length && marker.Select((part, i) => part == "*" || part == path[i]).All(match => match);
    }
}
