using System.Globalization;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// Strict, path-aware reading of one YAML mapping of our own files. Every key read (or looked for) is a key
/// this mapping allows; <see cref="RejectUnknownKeys"/> then reports every other key with the allowed ones,
/// because a typo such as `maxInstance` must never pass silently.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _misplacedKeyHints = new(StringComparer.Ordinal);
    private readonly KeySchema? _schema;

    /// <param name="schema">Where to record the keys this map is asked for (KeySchema), when a schema is being made.</param>
    public YamlMap(YamlMappingNode node, string file, string path, DiagnosticBag diagnostics, KeySchema? schema = null)
    {
        _node = node;
        _schema = schema;
        schema?.CountInstance();
        File = file;
        Path = path;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public YamlMappingNode Node => _node;

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    public IEnumerable<string> Keys => _node.Children.Keys.Select(KeyText);

    /// <summary>How many findings there are so far; with <see cref="MarkBrokenSince"/>, marks an item whose
    /// structure was wrong, so that the validators skip it instead of piling range errors on one typo.</summary>
    public int FindingCount => Diagnostics.Count;

    public void MarkBrokenSince(int findingCount, ISet<string> broken)
    {
        if (Diagnostics.Count > findingCount)
        {
            broken.Add(Path);
        }
    }

    public string KeyPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The schema of an entry of this mapping, for a reader that builds an entry's map itself (a profile after
    /// inheritance).</summary>
    public KeySchema? EntrySchema => _schema?.AnyEntry();

    /// <summary>As <see cref="EntrySchema"/>, for entries read after inheritance (profiles), whose keys may come from the
    /// entry they extend.</summary>
    public KeySchema? InheritedEntrySchema => _schema?.AnyEntry(inherited: true);

    public bool Has(string key)
    {
        _allowed.Add(key);
        _schema?.Property(key, KeySchema.Kind.Any, required: false);
        return TryGet(key, out var value) && !IsNull(value);
    }

    /// <param name="limit">What the value may be (a choice of words), from infra/Limits: the rule that checks the value
    /// uses the same object, and the schema and the key reference show it.</param>
    public string? String(string key, bool required = false, IKeyLimit? limit = null)
    {
        var scalar = Scalar(key, required, "a string", KeySchema.Kind.Scalar, limit);
        return scalar?.Value;
    }

    /// <param name="limit">The allowed range, from infra/Limits: the rule that checks it uses the same object; here it
    /// is recorded for the schema and named when the value is not a number at all.</param>
    public int? Int(string key, bool required = false, IKeyLimit? limit = null)
    {
        var scalar = Scalar(key, required, "an integer", KeySchema.Kind.Integer, limit);
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(key, $"must be {Expected("an integer", limit)}, not {ValueKind(scalar)}");
        return null;
    }

    /// <summary>A number with an optional fraction (`0.5`, `1`), as a decimal: no floating-point rounding in checks.</summary>
    public decimal? Decimal(string key, bool required = false, IKeyLimit? limit = null)
    {
        var scalar = Scalar(key, required, "a number", KeySchema.Kind.Number, limit);
        if (scalar is null)
        {
            return null;
        }

        if (decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(key, $"must be {Expected("a number", limit)}, not {ValueKind(scalar)}");
        return null;
    }

    public bool? Bool(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "true or false", KeySchema.Kind.Boolean, limit: null);
        if (scalar is null)
        {
            return null;
        }

        return scalar.Value switch
        {
            "true" => true,
            "false" => false,
            _ => WrongTypeNull<bool>(key, $"must be true or false, not {ValueKind(scalar)}"),
        };
    }

    public YamlMap? Map(string key, bool required = false)
    {
        _allowed.Add(key);
        var schema = _schema?.Property(key, KeySchema.Kind.Object, required);
        if (!TryGet(key, out var value) || IsNull(value))
        {
            if (required)
            {
                Missing(key, "a mapping");
            }

            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, KeyPath(key), Diagnostics, schema);
        }

        WrongType(key, $"must be a mapping of keys to values, not {NodeKind(value)}");
        return null;
    }

    /// <param name="itemLimit">What each item may be (a name's shape), shared with the rule as for a single value.</param>
    public IReadOnlyList<string>? StringList(string key, bool required = false, IKeyLimit? itemLimit = null)
    {
        _allowed.Add(key);
        _schema?.Property(key, KeySchema.Kind.StringList, required).Limit(itemLimit);
        if (!TryGet(key, out var value) || IsNull(value))
        {
            if (required)
            {
                Missing(key, "a list");
            }

            return null;
        }

        if (value is not YamlSequenceNode sequence)
        {
            WrongType(key, $"must be a list, not {NodeKind(value)}");
            return null;
        }

        var items = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode { Value: { } text } && !IsNull(sequence.Children[i]))
            {
                items.Add(text);
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, File, $"{KeyPath(key)}[{i}]", $"must be {Expected("a string", itemLimit)}, not {NodeKind(sequence.Children[i])}");
            }
        }

        return items;
    }

    /// <summary>A list of mappings, each read with its own path (`secretEnv[2]`).</summary>
    public IReadOnlyList<YamlMap>? MapList(string key)
    {
        _allowed.Add(key);
        var item = _schema?.Property(key, KeySchema.Kind.ObjectList, required: false).Item();
        if (!TryGet(key, out var value) || IsNull(value))
        {
            return null;
        }

        if (value is not YamlSequenceNode sequence)
        {
            WrongType(key, $"must be a list, not {NodeKind(value)}");
            return null;
        }

        var items = new List<YamlMap>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlMappingNode mapping)
            {
                items.Add(new YamlMap(mapping, File, $"{KeyPath(key)}[{i}]", Diagnostics, item));
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, File, $"{KeyPath(key)}[{i}]", $"must be a mapping of keys to values, not {NodeKind(sequence.Children[i])}");
            }
        }

        return items;
    }

    /// <summary>The entries of a mapping whose keys are names the user chooses (services, connectors).</summary>
    public IReadOnlyList<(string Key, YamlMap Value)> MapEntries()
    {
        var entries = new List<(string, YamlMap)>();
        foreach (var (keyNode, value) in _node.Children)
        {
            var key = KeyText(keyNode);
            _allowed.Add(key);
            if (value is YamlMappingNode mapping)
            {
                entries.Add((key, new YamlMap(mapping, File, KeyPath(key), Diagnostics, EntrySchema)));
            }
            else
            {
                WrongType(key, $"must be a mapping of keys to values, not {NodeKind(value)}");
            }
        }

        return entries;
    }

    /// <summary>The entries of a mapping of names to scalar values (environment variables, database flags).</summary>
    public IReadOnlyList<(string Key, string Value)> ScalarEntries()
    {
        _schema?.MarkScalarEntries();
        var entries = new List<(string, string)>();
        foreach (var (keyNode, value) in _node.Children)
        {
            var key = KeyText(keyNode);
            _allowed.Add(key);
            if (value is YamlScalarNode { Value: { } text } && !IsNull(value))
            {
                entries.Add((key, text));
            }
            else
            {
                WrongType(key, $"must be a single value, not {NodeKind(value)}");
            }
        }

        return entries;
    }

    /// <summary>
    /// A key people are known to write here that is not a field (e.g. a connector `scalingPolicy`): the
    /// unknown-key error then says why, instead of only listing the allowed keys.
    /// </summary>
    public void Misplaced(string key, string reason) => _misplacedKeyHints[key] = reason;

    public void RejectUnknownKeys()
    {
        foreach (var key in Keys)
        {
            if (_allowed.Contains(key))
            {
                continue;
            }

            if (Diagnostics.IsFull)
            {
                // Only counted from here on: no need to sort the allowed keys or look for the closest one.
                Diagnostics.Error(DiagnosticCodes.UnknownKey, File, KeyPath(key), "unknown key");
                continue;
            }

            var allowed = _allowed.Order(StringComparer.Ordinal).ToList();
            string message;
            if (_misplacedKeyHints.TryGetValue(key, out var reason))
            {
                message = $"'{key}' is not a field here: {reason}";
            }
            else
            {
                var suggestion = Suggestions.Closest(key, allowed);
                message = suggestion is null
                    ? $"unknown key '{key}' (allowed: {string.Join(", ", allowed)})"
                    : $"unknown key '{key}': did you mean '{suggestion}'? (allowed: {string.Join(", ", allowed)})";
            }

            Diagnostics.Error(DiagnosticCodes.UnknownKey, File, KeyPath(key), message);
        }
    }

    public void Missing(string key, string what) =>
        Diagnostics.Error(DiagnosticCodes.MissingKey, File, KeyPath(key), $"required key is missing (expected {what})");

    private YamlScalarNode? Scalar(string key, bool required, string what, KeySchema.Kind kind, IKeyLimit? limit)
    {
        _allowed.Add(key);
        _schema?.Property(key, kind, required).Limit(limit);
        if (!TryGet(key, out var value) || IsNull(value))
        {
            if (required)
            {
                Missing(key, Expected(what, limit));
            }

            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return scalar;
        }

        WrongType(key, $"must be {Expected(what, limit)}, not {NodeKind(value)}");
        return null;
    }

    /// <summary>The kind asked for, with its range when there is one: "an integer in 2..9", "one of ZONAL, REGIONAL".</summary>
    private static string Expected(string what, IKeyLimit? limit) => limit switch
    {
        null => what,
        TextChoice choice => choice.Allowed,
        _ => $"{what} in {limit.Allowed}",
    };

    private static string NodeKind(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "an empty value",
        YamlScalarNode scalar => ValueKind(scalar),
        _ => "an alias",
    };

    /// <summary>What was written instead, by its kind, so "2.5" reads as a number and "ten" as text.</summary>
    private static string ValueKind(YamlScalarNode scalar)
    {
        var text = YamlFiles.Clip(scalar.Value ?? "");
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted)
        {
            return $"quoted text '{text}'";
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return $"the number {text}";
        }

        return text is "true" or "false" ? $"{text}" : $"text '{text}'";
    }

    private T? WrongTypeNull<T>(string key, string message)
        where T : struct
    {
        WrongType(key, message);
        return null;
    }

    private void WrongType(string key, string message) =>
        Diagnostics.Error(DiagnosticCodes.WrongType, File, KeyPath(key), message);

    private bool TryGet(string key, out YamlNode value) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out value!);

    // Never the node itself: printing a key that is a mapping or a list would print all of it.
    private static string KeyText(YamlNode key) => key is YamlScalarNode { Value: { } text } ? YamlFiles.Clip(text) : $"({(key is YamlMappingNode ? "a mapping" : "a list")} used as a key)";

    // An empty value (`key:`) or an explicit null reads as absent, like a missing key.
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } scalar
        && (scalar.Value is null || scalar.Value is "" or "~" or "null");
}
