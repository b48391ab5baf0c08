using System.Collections;

namespace Netra.Infra.Resources;

/// <summary>An ordered list of values; built with a collection initializer.</summary>
public sealed record ListValue : PropertyValue, IEnumerable<PropertyValue>
{
    private readonly List<PropertyValue> _items = [];

    public IReadOnlyList<PropertyValue> Items => _items;

    public void Add(PropertyValue item) => _items.Add(item);

    public IEnumerator<PropertyValue> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
