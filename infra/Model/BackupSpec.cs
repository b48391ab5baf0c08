namespace Netra.Infra.Model;

/// <summary>
/// Automated backups and point-in-time recovery of the Cloud SQL instance. <see cref="StartTime"/> is `HH:MM` in UTC.
/// Enabling <see cref="PointInTimeRecovery"/> on an existing instance restarts it, so the plan says so.
/// </summary>
public sealed record BackupSpec(bool Enabled, string StartTime, bool PointInTimeRecovery, int RetainedBackups, int TransactionLogRetentionDays);
