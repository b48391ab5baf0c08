using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>A log-based counter metric (DELTA, INT64, unit 1) with a string label per extracted field.</summary>
public static class LogMetricComponent
{
    public const string Type = "gcp:logging:Metric";

    public static string LogicalName(string metric) => $"{metric}-metric";

    public static ResourceDeclaration Declare(GcpLocation location, LogMetricSpec metric, ReferenceValue provider)
    {
        var labels = new ListValue();
        var extractors = new MapValue();
        foreach (var (label, field) in metric.Labels)
        {
            labels.Add(new MapValue { { "key", label }, { "valueType", "STRING" } });
            extractors.Add(label, $"EXTRACT({field})");
        }

        var properties = new MapValue
        {
            // Named explicitly: the alert filters name its metric type, which embeds the name.
            { "name", metric.Name },
            { "project", location.Project },
            { "description", metric.Description },
            { "filter", metric.Filter },
            {
                "metricDescriptor", new MapValue
                {
                    { "metricKind", "DELTA" },
                    { "valueType", "INT64" },
                    { "unit", "1" },
                    { "labels", labels },
                }
            },
        };
        if (extractors.Entries.Count > 0)
        {
            properties.Add("labelExtractors", extractors);
        }

        return new ResourceDeclaration(LogicalName(metric.Name), Type, properties, new ResourceOptions { Provider = provider }, []);
    }
}
