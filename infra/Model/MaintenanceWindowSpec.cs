namespace Netra.Infra.Model;

/// <summary>
/// The one-hour window in which Cloud SQL may restart the instance for maintenance: <see cref="Day"/> 1..7 from Monday,
/// <see cref="Hour"/> 0..23 in UTC, <see cref="UpdateTrack"/> canary, stable or week5 (sql DatabaseInstanceSettings).
/// </summary>
public sealed record MaintenanceWindowSpec(int Day, int Hour, string UpdateTrack);
