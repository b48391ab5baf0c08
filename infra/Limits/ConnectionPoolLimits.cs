namespace Netra.Infra.Limits;

/// <summary>
/// The bounds of the numbers that size database connections. None is a GCP limit: the connection budget rule
/// (NETRA303) checks the sum against max_connections; these only keep each number one a person could mean.
/// </summary>
public static class ConnectionPoolLimits
{
    public static readonly IntRange PoolSize = new(1, 1000, "our decision: at least one connection per instance; the budget rule bounds the sum");

    public static readonly IntRange PoolOverflow = new(0, 1000, "our decision: the budget rule bounds the sum");

    /// <summary>At least PostgreSQL's superuser_reserved_connections default of 3, which Cloud SQL does not let us
    /// lower (https://www.postgresql.org/docs/current/runtime-config-connection.html).</summary>
    public static readonly IntRange Reserve = new(3, 1000, "PostgreSQL superuser_reserved_connections default 3 (runtime-config-connection)");
}
