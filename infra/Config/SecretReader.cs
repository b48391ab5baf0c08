using Netra.Infra.Diagnostics;
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
            var length = map.Int("length") ?? 0;
            foreach (var key in new[] { "value", "secretData", "data" })
            {
                map.Misplaced(key, "secret values never live in this repository: generated ones come from the random provider, others are added to Secret Manager by a person (README, Secrets)");
            }

            map.RejectUnknownKeys();
            map.MarkBrokenSince(before, broken);

            result[name] = new SecretSpec(name, source, length);
        }

        return result;
    }

    private static SecretSource Unknown(YamlMap map, string text)
    {
        map.Diagnostics.Error(DiagnosticCodes.SecretSource, map.File, map.KeyPath("source"),
            $"'{text}' is not a secret source (allowed: external, random, database-url)");
        return SecretSource.External;
    }
}
