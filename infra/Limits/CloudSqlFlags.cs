namespace Netra.Infra.Limits;

/// <summary>
/// The Cloud SQL for PostgreSQL flags this program may set: an allow-list, because not every PostgreSQL
/// parameter is a Cloud SQL flag (TPG#28356) and unknown names are rejected by the API only at apply time.
/// Ranges and units: https://cloud.google.com/sql/docs/postgres/flags; restart: PostgreSQL's `postmaster`
/// context (https://www.postgresql.org/docs/14/runtime-config-connection.html, runtime-config-resource.html).
/// Values are plain integers in PostgreSQL's base unit; Cloud SQL does not take `64MB`-style suffixes.
/// </summary>
public static class CloudSqlFlags
{
    private const decimal IntMax = int.MaxValue;

    public static readonly IReadOnlyDictionary<string, SqlFlag> Allowed = new[]
    {
        // Restart-requiring: changing them restarts the instance (postmaster context).
        // 262143 is PostgreSQL's own ceiling (MAX_BACKENDS, src/include/postmaster/postmaster.h); 14 Cloud SQL's floor as
        // its flags page gives it. The Admin API states both: `gcloud sql flags list --database-version=POSTGRES_14
        // --filter=name=max_connections --format='table(name,minValue,maxValue,requiresRestart)'`.
        new SqlFlag("max_connections", SqlFlagKind.Integer, 14, 262143, "connections", RequiresRestart: true),
        new SqlFlag("shared_buffers", SqlFlagKind.Integer, 16, IntMax, "8 kB pages", RequiresRestart: true),

        // Reloadable.
        new SqlFlag("effective_cache_size", SqlFlagKind.Integer, 1, IntMax, "8 kB pages", RequiresRestart: false),
        new SqlFlag("work_mem", SqlFlagKind.Integer, 64, IntMax, "kB", RequiresRestart: false),
        new SqlFlag("maintenance_work_mem", SqlFlagKind.Integer, 1024, IntMax, "kB", RequiresRestart: false),
        new SqlFlag("checkpoint_completion_target", SqlFlagKind.Float, 0, 1, "", RequiresRestart: false),
        new SqlFlag("idle_in_transaction_session_timeout", SqlFlagKind.Integer, 0, IntMax, "ms", RequiresRestart: false),
        new SqlFlag("statement_timeout", SqlFlagKind.Integer, 0, IntMax, "ms", RequiresRestart: false),
        new SqlFlag("log_min_duration_statement", SqlFlagKind.Integer, -1, IntMax, "ms", RequiresRestart: false),
        new SqlFlag("log_temp_files", SqlFlagKind.Integer, -1, IntMax, "kB", RequiresRestart: false),
        // CIS GCP 6.2.7 wants -1 (statements are logged with their parameters); the one-time step database-logging sets it.
        // CIS GCP 6.2.2 and 6.2.3: on. Neither restarts the instance (Cloud SQL's flags page lists no restart for them; both
        // are PostgreSQL `superuser-backend` settings, read at each connection's start,
        // https://www.postgresql.org/docs/14/runtime-config-logging.html).
        new SqlFlag("log_connections", SqlFlagKind.OnOff, 0, 0, "", RequiresRestart: false),
        new SqlFlag("log_disconnections", SqlFlagKind.OnOff, 0, 0, "", RequiresRestart: false),
        new SqlFlag("log_lock_waits", SqlFlagKind.OnOff, 0, 0, "", RequiresRestart: false),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>PostgreSQL settings people try to set that Cloud SQL does not expose, with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotCloudSqlFlags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["superuser_reserved_connections"] = "Cloud SQL does not expose it (hashicorp/terraform-provider-google#28356); budget the reserve in database.connectionReserve instead",
        ["reserved_connections"] = "Cloud SQL does not expose it (hashicorp/terraform-provider-google#28356); budget the reserve in database.connectionReserve instead",
        ["wal_buffers"] = "not verified as a Cloud SQL flag (check `gcloud sql flags list --database-version=POSTGRES_14`) before adding it here",
    };
}
