using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>The Cloud SQL instance's ID, and the PostgreSQL user and database the services connect as.</summary>
public static partial class CloudSqlNames
{
    /// <summary>Instance IDs: "composed of lowercase letters, numbers, and hyphens; must start with a letter"
    /// (https://cloud.google.com/sql/docs/postgres/instance-settings, "Instance ID"); "The total length must be 98
    /// characters or less" (Cloud SQL Admin API, the `instance` field). The provider does not check it
    /// (TPG resource_sql_database_instance.go: name has no ValidateFunc).</summary>
    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    public static partial Regex InstanceId();

    public static readonly TextPattern Instance = new(InstanceId(), "lowercase letters, digits and hyphens, a letter first", "https://cloud.google.com/sql/docs/postgres/instance-settings (Instance ID)");

    public const int InstanceIdMaxLength = 98;

    /// <summary>PostgreSQL truncates an identifier to 63 bytes instead of refusing it ("By default, NAMEDATALEN is 64
    /// so the maximum identifier length is 63 bytes", https://www.postgresql.org/docs/current/sql-syntax-lexical.html,
    /// "Identifiers and Key Words"): a longer user would exist under a name the services do not log in with.</summary>
    public const int IdentifierMaxBytes = 63;

    /// <summary>Ours, stricter than PostgreSQL: the program writes the user and database into the services' connection
    /// URL (postgresql+asyncpg://user:…@host/database) unescaped, and unquoted PostgreSQL names fold to lower case; so
    /// lowercase letters, digits and underscores, not a digit first.</summary>
    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    public static partial Regex UrlSafeIdentifier();

    public static readonly TextPattern Identifier = new(UrlSafeIdentifier(), "lowercase letters, digits and underscores, not a digit first", "our decision: written unescaped into the connection URL; PostgreSQL folds unquoted names to lower case");
}
