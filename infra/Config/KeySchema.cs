using System.Text;
using System.Text.Json;

namespace Netra.Infra.Config;

/// <summary>
/// The keys an environment file may have, recorded while the strict reader reads one (YamlMap notes every key it is
/// asked for, its kind and whether it is required, which is exactly what RejectUnknownKeys then allows). So the JSON
/// Schema editors use, and the key reference in docs/, come from the reader itself and cannot drift from it. A reader
/// that knows a key's limit (infra/Limits, the object its rule checks with) hands it over too, so the schema has the
/// range and the reference its source.
/// </summary>
public sealed class KeySchema
{
    public enum Kind
    {
        Object,
        Scalar,
        Integer,
        Number,
        Boolean,
        StringList,
        ObjectList,
        ScalarMap,
        Any,
    }

    public Kind Type { get; private set; } = Kind.Object;

    /// <summary>How many maps of this shape were read, and in how many of them this key was required: a key is
    /// required when it is in every one (an alert's `query` only for PromQL conditions is not).</summary>
    public int Instances { get; private set; }

    private int _requiredIn;

    /// <summary>Read after inheritance (a profile's keys come from the one it extends): nothing below is required as
    /// written.</summary>
    public bool Inherited { get; private set; }

    public SortedDictionary<string, KeySchema> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>The schema of every entry, when the keys are names the user chooses (services, profiles).</summary>
    public KeySchema? Entries { get; private set; }

    /// <summary>The schema of each item of an object list.</summary>
    public KeySchema? Items { get; private set; }

    private readonly List<Limits.IKeyLimit> _limits = [];

    /// <summary>The limits read for this key, once each; more than one when the same key is bounded differently in
    /// different places (then the schema leaves the range to the rules).</summary>
    public IReadOnlyList<Limits.IKeyLimit> Limits => _limits;

    public KeySchema Limit(Limits.IKeyLimit? limit)
    {
        if (limit is not null && !_limits.Contains(limit))
        {
            _limits.Add(limit);
        }

        return this;
    }

    public KeySchema Property(string key, Kind kind, bool required)
    {
        if (!Properties.TryGetValue(key, out var child))
        {
            Properties[key] = child = new KeySchema { Type = kind, Inherited = Inherited };
        }
        else if (child.Type == Kind.Any)
        {
            child.Type = kind;
        }

        if (required)
        {
            child._requiredIn++;
        }

        return child;
    }

    /// <summary>One more map of this shape is being read.</summary>
    public void CountInstance() => Instances++;

    public KeySchema AnyEntry(bool inherited = false)
    {
        Entries ??= new KeySchema { Inherited = Inherited };
        Entries.Inherited |= inherited;
        return Entries;
    }

    private bool RequiredIn(KeySchema parent) => !parent.Inherited && parent.Instances > 0 && _requiredIn >= parent.Instances;

    public KeySchema Item() => Items ??= new KeySchema { Inherited = Inherited };

    public void MarkScalarEntries() => Type = Kind.ScalarMap;

    /// <summary>JSON Schema (draft 2020-12) of this file.</summary>
    public string ToJsonSchema(string title)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("title", title);
            json.WriteString("description", "Generated from netra-infra's reader by `bin/netra-infra schema --write`: do not edit.");
            WriteBody(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Every key path with its kind, whether it is required and its limits, `*` for a name the user chooses,
    /// `[]` for a list item.</summary>
    public IEnumerable<(string Path, string Kind, bool Required, IReadOnlyList<Limits.IKeyLimit> Limits)> Paths(string prefix = "")
    {
        foreach (var (key, child) in Properties.Where(_ => Entries is null))
        {
            var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            yield return (path, child.Describe(), child.RequiredIn(this), child.Limits);
            foreach (var nested in child.Paths(child.Type == Kind.ObjectList ? $"{path}[]" : path))
            {
                yield return nested;
            }
        }

        if (Entries is { } entries)
        {
            var path = prefix.Length == 0 ? "*" : $"{prefix}.*";
            yield return (path, entries.Describe(), false, entries.Limits);
            foreach (var nested in entries.Paths(path))
            {
                yield return nested;
            }
        }

        if (Items is { } items)
        {
            foreach (var nested in items.Paths(prefix))
            {
                yield return nested;
            }
        }
    }

    private string Describe() => Type switch
    {
        Kind.Object when Entries is not null => "mapping of names",
        Kind.Object => "mapping",
        // A key that takes words or a name's shape takes text (the schema still lets YAML's plain scalars through).
        Kind.Scalar when _limits.Count > 0 && _limits.All(l => l is Netra.Infra.Limits.TextChoice or Netra.Infra.Limits.TextPattern) => "text",
        Kind.Scalar => "text or number",
        Kind.Integer => "integer",
        Kind.Number => "number",
        Kind.Boolean => "true or false",
        Kind.StringList => "list of text",
        Kind.ObjectList => "list of mappings",
        Kind.ScalarMap => "mapping of names to values",
        _ => "any",
    };

    private static void Types(Utf8JsonWriter json, params string[] types)
    {
        json.WriteStartArray("type");
        foreach (var type in types)
        {
            json.WriteStringValue(type);
        }

        json.WriteEndArray();
    }

    private void WriteLimit(Utf8JsonWriter json)
    {
        if (_limits is [var only])
        {
            only.WriteSchema(json);
        }
    }

    private void WriteBody(Utf8JsonWriter json)
    {
        switch (Type)
        {
            // An empty value or `~` reads as absent (it clears a key a profile inherits): null is allowed wherever a
            // value is.
            case Kind.Scalar:
                Types(json, "string", "number", "boolean", "null");
                WriteLimit(json);
                return;
            case Kind.Integer:
                Types(json, "integer", "null");
                WriteLimit(json);
                return;
            case Kind.Number:
                Types(json, "number", "null");
                WriteLimit(json);
                return;
            case Kind.Boolean:
                Types(json, "boolean", "null");
                return;
            case Kind.StringList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                WriteLimit(json);
                json.WriteEndObject();
                return;
            case Kind.ObjectList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                (Items ?? new KeySchema()).WriteBody(json);
                json.WriteEndObject();
                return;
            case Kind.ScalarMap:
                json.WriteString("type", "object");
                json.WriteStartObject("additionalProperties");
                json.WriteStartArray("type");
                json.WriteStringValue("string");
                json.WriteStringValue("number");
                json.WriteStringValue("boolean");
                json.WriteEndArray();
                json.WriteEndObject();
                return;
            case Kind.Any:
                return;
        }

        json.WriteString("type", "object");
        if (Entries is { } entries)
        {
            json.WriteStartObject("additionalProperties");
            entries.WriteBody(json);
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject("properties");
        foreach (var (key, child) in Properties)
        {
            json.WriteStartObject(key);
            child.WriteBody(json);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (Properties.Values.Any(p => p.RequiredIn(this)))
        {
            json.WriteStartArray("required");
            foreach (var (key, _) in Properties.Where(p => p.Value.RequiredIn(this)))
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
        }

        json.WriteBoolean("additionalProperties", false);
    }
}
