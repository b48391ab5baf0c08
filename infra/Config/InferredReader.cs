using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `inferred`: the values no incident record states, in the order a person confirms them. Each marker names a
/// key that exists in the file and the command that confirms it; a marker without one is an error, because an
/// unconfirmable guess is worse than a stated one.
/// </summary>
public static class InferredReader
{
    public static IReadOnlyList<InferredFact> Read(YamlMap top, YamlMappingNode document)
    {
        var facts = new List<InferredFact>();
        foreach (var entry in top.MapList("inferred") ?? [])
        {
            var key = entry.String("key", required: true);
            var why = entry.String("why", required: true);
            var confirm = entry.String("confirm");
            if (string.IsNullOrWhiteSpace(confirm))
            {
                entry.Diagnostics.Error(DiagnosticCodes.InferredFact, entry.File, entry.KeyPath("confirm"),
                    $"the marker of '{key}' has no command that confirms it: name the `gcloud … describe` (or other read-only command) whose output shows the live value");
            }

            entry.RejectUnknownKeys();
            if (key is null)
            {
                continue;
            }

            var values = Resolve(document, key.Split('.'), "").ToList();
            if (values.Count == 0)
            {
                entry.Diagnostics.Error(DiagnosticCodes.InferredFact, entry.File, entry.KeyPath("key"),
                    $"'{key}' marks no value of {entry.File} (`*` stands for any one key): fix the key, or remove the marker");
            }

            facts.Add(new InferredFact(key, why ?? "", confirm ?? "", values));
        }

        return facts;
    }

    /// <summary>Every scalar under the key path, as (full path, value); a mapping or list marked whole yields its leaves.</summary>
    private static IEnumerable<(string Path, string Value)> Resolve(YamlNode node, string[] parts, string at)
    {
        if (parts.Length == 0)
        {
            return Leaves(node, at);
        }

        if (node is not YamlMappingNode mapping)
        {
            return [];
        }

        return mapping.Children
            .Where(c => c.Key is YamlScalarNode { Value: { } name } && (parts[0] == "*" || parts[0] == name))
            .SelectMany(c => Resolve(c.Value, parts[1..], Join(at, ((YamlScalarNode)c.Key).Value!)));
    }

    private static IEnumerable<(string, string)> Leaves(YamlNode node, string at) => node switch
    {
        YamlScalarNode scalar => [(at, scalar.Value ?? "")],
        YamlMappingNode mapping => mapping.Children.SelectMany(c => Leaves(c.Value, Join(at, (c.Key as YamlScalarNode)?.Value ?? "?"))),
        YamlSequenceNode sequence => sequence.Children.SelectMany((child, i) => Leaves(child, $"{at}[{i}]")),
        _ => [],
    };

    private static string Join(string at, string key) => at.Length == 0 ? key : $"{at}.{key}";
}
