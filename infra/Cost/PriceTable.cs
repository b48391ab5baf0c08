using System.Globalization;
using System.Text.RegularExpressions;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Cost;

/// <summary>`prices/&lt;region&gt;.yaml`, read strictly: known ids only, each with a price, a source and a date.</summary>
public sealed partial class PriceTable(string file, IReadOnlyDictionary<string, Price> prices)
{
    public const string Folder = "prices";

    public string File { get; } = file;

    public Price? Find(string id) => prices.GetValueOrDefault(id);

    public static SourceFile FileFor(string root, string region) => new($"{Folder}/{region}.yaml", Path.Combine(root, Folder, region + ".yaml"));

    public static PriceTable? Load(string root, string region, DiagnosticBag diagnostics)
    {
        var file = FileFor(root, region);
        var node = YamlFiles.LoadMapping(file, diagnostics);
        if (node is null)
        {
            return null;
        }

        var top = new YamlMap(node, file.DisplayName, "", diagnostics);
        if (top.String("region", required: true) is { } declared && declared != region)
        {
            diagnostics.Error(DiagnosticCodes.PriceTable, file.DisplayName, "region", $"'{declared}' is not {region}, the region this file is named for");
        }

        if (top.String("currency", required: true) is { } currency && currency != "USD")
        {
            diagnostics.Error(DiagnosticCodes.PriceTable, file.DisplayName, "currency", $"'{currency}': the plan prints USD");
        }

        var prices = new Dictionary<string, Price>(StringComparer.Ordinal);
        foreach (var (id, map) in top.Map("prices", required: true)?.MapEntries() ?? [])
        {
            if (!PriceIds.All.Contains(id))
            {
                diagnostics.Error(DiagnosticCodes.PriceTable, file.DisplayName, map.Path,
                    $"unknown price '{id}'{(Suggestions.Closest(id, PriceIds.All) is { } close ? $": did you mean '{close}'?" : "")} (known: {string.Join(", ", PriceIds.All)})");
                continue;
            }

            var usdText = map.String("usd", required: true);
            var source = map.String("source", required: true);
            var read = map.String("read", required: true);
            var thirdParty = map.Bool("thirdParty") ?? false;
            map.RejectUnknownKeys();
            if (usdText is null || source is null || read is null)
            {
                continue;
            }

            if (!decimal.TryParse(usdText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd) || usd <= 0)
            {
                diagnostics.Error(DiagnosticCodes.PriceTable, file.DisplayName, map.KeyPath("usd"), $"'{usdText}' is not a positive price in USD");
                continue;
            }

            if (!IsoDate().IsMatch(read) || !DateOnly.TryParseExact(read, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                diagnostics.Error(DiagnosticCodes.PriceTable, file.DisplayName, map.KeyPath("read"), $"'{read}' is not the date the price was read (YYYY-MM-DD)");
                continue;
            }

            prices[id] = new Price(id, usd, source, read, thirdParty);
        }

        top.RejectUnknownKeys();
        return new PriceTable(file.DisplayName, prices);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
