using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>Reads `secrets`: each secret's name and where its value comes from. Never a value.</summary>
public static class SecretReader
{
    public static IReadOnlyDictionary<string, SecretSpec> ReadAll(YamlMap? section, HashSet<string> broken)
    {
        var result = new Dictionary<string, SecretSpec>(StringComparer.Ordinal);
        foreach (var (name, map) in section?.MapEntries() ?? [])
        {
            var before = map.FindingCount;
            var sourceText = map.String("source", required: true);
            var source = sourceText switch
            {
                "external" => SecretSource.External,
                "random" => SecretSource.Random,
                "database-url" => SecretSource.DatabaseUrl,
                null => SecretSource.External,
                _ => Unknown(map, sourceText),
            };
            var length = map.Int("length", limit: Validation.SecretRules.RandomLength) ?? 0;
            var replicas = ReadReplication(map);
            foreach (var key in new[] { "value", "secretData", "data" })
            {
                map.Misplaced(key, "secret values never live in this repository: generated ones come from the random provider, others are added to Secret Manager by a person (docs/ownership-and-secrets.md)");
            }

            map.RejectUnknownKeys();
            map.MarkBrokenSince(before, broken);

            result[name] = new SecretSpec(name, source, length, replicas);
        }

        return result;
    }

    /// <summary>`replication: automatic`, or `replication: [us-central1]` for user-managed replicas. Required: a
    /// secret's replication is fixed when it is created, so it is always stated, never defaulted.</summary>
    private static IReadOnlyList<string>? ReadReplication(YamlMap map)
    {
        if (map.Node.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("replication"), out var node) && node is YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            return map.StringList("replication");
        }

        var text = map.String("replication", required: true);
        if (text is not null && text != SecretSpec.Automatic)
        {
            map.Diagnostics.Error(DiagnosticCodes.SecretReplication, map.File, map.KeyPath("replication"),
                $"'{text}' is not a replication: automatic, or a list of regions for user-managed replicas (e.g. [us-central1])");
        }

        return null;
    }

    private static SecretSource Unknown(YamlMap map, string text)
    {
        map.Diagnostics.Error(DiagnosticCodes.SecretSource, map.File, map.KeyPath("source"),
            $"'{text}' is not a secret source (allowed: external, random, database-url)");
        return SecretSource.External;
    }
}
