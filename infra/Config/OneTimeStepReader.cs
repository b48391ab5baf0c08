using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `oneTimeSteps: [{name, set: {key.path: value}, when}]`. Every key a step sets must exist in the file (a typo
/// would otherwise plan nothing) and hold a scalar, at any depth (`services.backend.startupProbe.httpGet.path`, a key of
/// a profile); the step's plan applies them to the file (<see cref="Apply"/>). A step is done when every key already
/// holds the value it sets, compared as the file spells it.
/// </summary>
public static class OneTimeStepReader
{
    public static IReadOnlyList<OneTimeStep> Read(YamlMap top, YamlMappingNode document)
    {
        var steps = new List<OneTimeStep>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in top.MapList("oneTimeSteps") ?? [])
        {
            var name = entry.String("name", required: true);
            var when = entry.String("when", required: true);
            var sets = new List<(string, string)>();
            var done = true;
            if (entry.Map("set", required: true) is { } set)
            {
                foreach (var (path, value) in set.ScalarEntries())
                {
                    if (Find(document, path) is not YamlScalarNode current)
                    {
                        set.Diagnostics.Error(DiagnosticCodes.OneTimeStep, set.File, set.KeyPath(path),
                            $"'{path}' is not a value of {set.File}: a one-time step sets keys that exist (with a value of one line)");
                        continue;
                    }

                    done &= current.Value == value;
                    sets.Add((path, value));
                }
            }

            entry.RejectUnknownKeys();
            if (name is not null && !names.Add(name))
            {
                entry.Diagnostics.Error(DiagnosticCodes.OneTimeStep, entry.File, entry.KeyPath("name"), $"'{name}' is listed twice");
            }

            if (name is not null && when is not null)
            {
                steps.Add(new OneTimeStep(name, when, sets, done && sets.Count > 0));
            }
        }

        return steps;
    }

    /// <summary>The document with the step's values set (a copy; the file is never written).</summary>
    public static YamlMappingNode Apply(YamlMappingNode document, OneTimeStep step)
    {
        var copy = Copy(document);
        foreach (var (path, value) in step.Sets)
        {
            var parts = path.Split('.');
            var parent = (YamlMappingNode)Find(copy, string.Join('.', parts[..^1]))!;
            parent.Children[new YamlScalarNode(parts[^1])] = new YamlScalarNode(value);
        }

        return copy;
    }

    private static YamlNode? Find(YamlMappingNode document, string path)
    {
        YamlNode? node = document;
        foreach (var part in path.Length == 0 ? [] : path.Split('.'))
        {
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(part), out var child) ? child : null;
        }

        return node;
    }

    private static YamlMappingNode Copy(YamlMappingNode document)
    {
        var text = new StringWriter();
        new YamlStream(new YamlDocument(document)).Save(text, assignAnchors: false);
        var stream = new YamlStream();
        stream.Load(new StringReader(text.ToString()));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
