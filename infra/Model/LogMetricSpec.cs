namespace Netra.Infra.Model;

/// <summary>A log-based counter metric: a log filter, and labels extracted from each matching entry
/// (label → log field, e.g. service → resource.labels.service_name).</summary>
public sealed record LogMetricSpec(string Name, string Description, string Filter, IReadOnlyDictionary<string, string> Labels)
{
    public string MetricType => $"logging.googleapis.com/user/{Name}";
}
