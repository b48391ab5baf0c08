namespace Netra.Infra.Limits;

/// <summary>
/// How a metric's points relate to time (Monitoring API, MetricDescriptor.MetricKind): a GAUGE point is a reading at
/// an instant, a DELTA point counts what happened over the interval since the previous one. It decides how long an
/// alignment window takes to hold only what followed an onset (<see cref="MetricTiming"/>).
/// </summary>
public enum MetricKind
{
    Gauge,
    Delta,
}
