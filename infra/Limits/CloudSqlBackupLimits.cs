using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>
/// Backups, point-in-time recovery and the maintenance window of a Cloud SQL instance (@pulumi/gcp 9.37.0
/// types/input.d.ts DatabaseInstanceSettingsBackupConfiguration and DatabaseInstanceSettingsMaintenanceWindow; TPG
/// google/services/sql/resource_sql_database_instance.go validates day 1..7 and hour 0..23).
/// </summary>
public static partial class CloudSqlBackupLimits
{
    /// <summary>"The number of days of transaction logs we retain for point in time restore, from 1-7" (ENTERPRISE;
    /// 1-35 on ENTERPRISE_PLUS).</summary>
    public static readonly IntRange TransactionLogDaysEnterprise = new(1, 7, "@pulumi/gcp 9.37.0 DatabaseInstanceSettingsBackupConfiguration.transactionLogRetentionDays (ENTERPRISE)");

    public static readonly IntRange TransactionLogDaysEnterprisePlus = new(1, 35, "@pulumi/gcp 9.37.0 DatabaseInstanceSettingsBackupConfiguration.transactionLogRetentionDays (ENTERPRISE_PLUS)");

    /// <summary>Retained automated backups, counted (retentionUnit COUNT): 1 to 365 (Cloud SQL Admin API BackupRetentionSettings).</summary>
    public static readonly IntRange RetainedBackups = new(1, 365, "Cloud SQL Admin API BackupRetentionSettings.retainedBackups");

    /// <summary>"Day of week (1-7), starting on Monday"; "Hour of day (0-23)", in UTC.</summary>
    public static readonly IntRange Day = new(1, 7, "TPG resource_sql_database_instance.go maintenance_window.day");

    public static readonly IntRange Hour = new(0, 23, "TPG resource_sql_database_instance.go maintenance_window.hour");

    /// <summary>"Receive updates after one week (canary) or after two weeks (stable) or after five weeks (week5)".</summary>
    public static readonly TextChoice UpdateTracks = new(["canary", "stable", "week5"], "@pulumi/gcp 9.37.0 DatabaseInstanceSettingsMaintenanceWindow.updateTrack");

    /// <summary>"HH:MM format time indicating when backup configuration starts" (UTC).</summary>
    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public static partial Regex StartTime();
}
