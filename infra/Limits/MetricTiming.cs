namespace Netra.Infra.Limits;

/// <summary>
/// When a metric's data can be seen: one point every <see cref="SamplePeriodSeconds"/>, visible up to
/// <see cref="IngestDelaySeconds"/> after it was sampled ("Sampled every 60 seconds. After sampling, data is not visible
/// for up to 240 seconds", https://cloud.google.com/monitoring/api/v3/latency-n-retention). <see cref="Source"/> says
/// where the figures were read; <see cref="ReadOnGooglePage"/> is false when they come from a quotation of Google's
/// list, not the list itself: the descriptor's own metadata (samplePeriod, ingestDelay) confirms them
/// (<see cref="ConfirmCommand"/>).
/// </summary>
public sealed record MetricTiming(string Type, MetricKind Kind, int SamplePeriodSeconds, int IngestDelaySeconds, string Source, bool ReadOnGooglePage)
{
    /// <summary>The read-only call whose `metadata.samplePeriod` and `metadata.ingestDelay` are the live figures
    /// (Monitoring API v3, projects.metricDescriptors.get; MetricDescriptor.metadata).</summary>
    public string ConfirmCommand(string project) =>
        $"curl -s -H \"Authorization: Bearer $(gcloud auth print-access-token)\" https://monitoring.googleapis.com/v3/projects/{project}/metricDescriptors/{Type.Replace("*", "<name>", StringComparison.Ordinal)}";
}
