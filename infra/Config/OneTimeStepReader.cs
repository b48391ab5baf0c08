using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// Reads `oneTimeSteps: [{name, set: {key.path: value}, when}]`. Every key a step sets must exist in the file (a typo
/// would otherwise plan nothing) and hold a scalar, at any depth (`services.backend.startupProbe.httpGet.path`, a key of
/// a profile); the step's plan applies them to the file (<see cref="Apply"/>). The one exception is a Cloud SQL flag the
/// file does not set yet (`database.flags.log_connections`): the flag list states exactly what the instance runs with, so
/// a flag to add is added by its step, its name checked against the flags this program allows (NETRA400) here and its
/// value when the step is planned. A step is done when every key already holds the value it sets, compared as the file spells it.
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
                    var current = Find(document, path);
                    if (current is null && AddsFlag(document, path))
                    {
                        var flag = path.Split('.')[^1];
                        if (!Limits.CloudSqlFlags.Allowed.ContainsKey(flag))
                        {
                            set.Diagnostics.Error(DiagnosticCodes.SqlUnknownFlag, set.File, set.KeyPath(path),
                                $"'{flag}' is not a flag this program allows (allowed: {string.Join(", ", Limits.CloudSqlFlags.Allowed.Keys.Order(StringComparer.Ordinal))}; add it to Limits/CloudSqlFlags.cs with its source)");
                            continue;
                        }

                        done = false;
                        sets.Add((path, value));
                        continue;
                    }

                    if (current is not YamlScalarNode scalar)
                    {
                        set.Diagnostics.Error(DiagnosticCodes.OneTimeStep, set.File, set.KeyPath(path),
                            $"'{path}' is not a value of {set.File}: a one-time step sets keys that exist (with a value of one line), or adds a flag to database.flags");
                        continue;
                    }

                    done &= scalar.Value == value;
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

    /// <summary>`database.flags.<name>` or `profiles.<profile>.database.flags.<name>`, where the flags map exists.</summary>
    private static bool AddsFlag(YamlMappingNode document, string path)
    {
        var parts = path.Split('.');
        var flags = string.Join('.', parts[..^1]);
        var isFlag = parts is ["database", "flags", _] || parts is ["profiles", _, "database", "flags", _];
        return isFlag && Find(document, flags) is YamlMappingNode;
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
