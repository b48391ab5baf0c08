using System.Collections;

namespace Netra.Infra.Resources;

/// <summary>
/// A mapping whose keys keep the order they were added in, so that emitted programs read naturally
/// (`name` first) and are byte-for-byte stable between runs.
/// </summary>
public sealed record MapValue : PropertyValue, IEnumerable<KeyValuePair<string, PropertyValue>>
{
    private readonly List<KeyValuePair<string, PropertyValue>> _entries = [];

    public IReadOnlyList<KeyValuePair<string, PropertyValue>> Entries => _entries;

    public PropertyValue? this[string key] => _entries.FirstOrDefault(e => e.Key == key).Value;

    public void Add(string key, PropertyValue value)
    {
        if (_entries.Any(e => e.Key == key))
        {
            throw new ArgumentException($"duplicate property '{key}'", nameof(key));
        }

        _entries.Add(new(key, value));
    }

    /// <summary>Adds the entry only when there is a value: optional properties stay absent, never null.</summary>
    public void AddIfPresent(string key, PropertyValue? value)
    {
        if (value is not null)
        {
            Add(key, value);
        }
    }

    /// <summary>A copy without <paramref name="key"/>, in the same order.</summary>
    public MapValue Without(string key)
    {
        var copy = new MapValue();
        foreach (var (name, value) in _entries.Where(e => e.Key != key))
        {
            copy.Add(name, value);
        }

        return copy;
    }

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
