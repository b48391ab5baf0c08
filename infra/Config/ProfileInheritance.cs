using Netra.Infra.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// `extends: normal` in a profile: the profile is its base with the fields it names replaced. Items (a
/// connector, a service) merge field by field; a field (e.g. `traffic`, `flags`) is replaced whole, so that
/// pinning a revision never leaves the base's `latest` entry beside it.
/// </summary>
public static class ProfileInheritance
{
    public const string ExtendsKey = "extends";

    // How deep each section merges: connectors/services merge their items and then the items' fields;
    // database merges its fields. Anything else at the top of a profile is replaced.
    private static readonly Dictionary<string, int> SectionDepth = new(StringComparer.Ordinal)
    {
        ["connectors"] = 2,
        ["services"] = 2,
        ["database"] = 1,
    };

    /// <summary>Resolves every profile's `extends` chain. Profiles whose chain is broken are left out.</summary>
    public static IReadOnlyList<(string Name, YamlMappingNode Profile)> Resolve(
        IReadOnlyList<(string Name, YamlMappingNode Profile)> profiles, string file, DiagnosticBag diagnostics)
    {
        var byName = profiles.ToDictionary(p => p.Name, p => p.Profile, StringComparer.Ordinal);
        var resolved = new List<(string, YamlMappingNode)>();
        foreach (var (name, profile) in profiles)
        {
            var merged = ResolveOne(name, profile, byName, [], file, diagnostics);
            if (merged is not null)
            {
                resolved.Add((name, merged));
            }
        }

        return resolved;
    }

    private static YamlMappingNode? ResolveOne(
        string name,
        YamlMappingNode profile,
        IReadOnlyDictionary<string, YamlMappingNode> byName,
        HashSet<string> chain,
        string file,
        DiagnosticBag diagnostics)
    {
        if (!profile.Children.TryGetValue(new YamlScalarNode(ExtendsKey), out var extendsNode))
        {
            return profile;
        }

        var path = $"profiles.{name}.{ExtendsKey}";
        if (extendsNode is not YamlScalarNode { Value: { } baseName })
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file, path, "expected the name of another profile");
            return null;
        }

        if (!chain.Add(name) || baseName == name)
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, file, path, $"'{baseName}' extends itself through {string.Join(" → ", chain)}");
            return null;
        }

        if (!byName.TryGetValue(baseName, out var baseProfile))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, file, path,
                $"no profile '{baseName}' to extend (profiles: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))})");
            return null;
        }

        var resolvedBase = ResolveOne(baseName, baseProfile, byName, chain, file, diagnostics);
        if (resolvedBase is null)
        {
            return null;
        }

        var merged = new YamlMappingNode();
        foreach (var (key, value) in resolvedBase.Children)
        {
            if (Text(key) != ExtendsKey)
            {
                merged.Children[key] = value;
            }
        }

        foreach (var (key, value) in profile.Children)
        {
            var keyText = Text(key);
            if (keyText == ExtendsKey)
            {
                continue;
            }

            merged.Children[key] = SectionDepth.TryGetValue(keyText, out var depth)
                && merged.Children.TryGetValue(key, out var baseValue)
                ? Merge(baseValue, value, depth)
                : value;
        }

        return merged;
    }

    private static YamlNode Merge(YamlNode baseNode, YamlNode overrideNode, int depth)
    {
        if (depth == 0 || baseNode is not YamlMappingNode baseMap || overrideNode is not YamlMappingNode overrideMap)
        {
            return overrideNode;
        }

        var merged = new YamlMappingNode();
        foreach (var (key, value) in baseMap.Children)
        {
            merged.Children[key] = value;
        }

        foreach (var (key, value) in overrideMap.Children)
        {
            merged.Children[key] = merged.Children.TryGetValue(key, out var baseValue)
                ? Merge(baseValue, value, depth - 1)
                : value;
        }

        return merged;
    }

    private static string Text(YamlNode node) => node is YamlScalarNode { Value: { } text } ? text : "";
}
