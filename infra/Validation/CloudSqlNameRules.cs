using System.Text;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Validation;

/// <summary>The Cloud SQL instance's ID and the user and database the services' connection URL names.</summary>
public static class CloudSqlNameRules
{
    public static void Check(ValidationContext context)
    {
        if (context.IsBroken("database"))
        {
            return;
        }

        var database = context.Environment.Database;
        if (!CloudSqlNames.Instance.IsMatch(database.Name))
        {
            context.Error(DiagnosticCodes.SqlName, "database.name",
                $"'{database.Name}' is not a Cloud SQL instance ID: lowercase letters, digits and hyphens, a letter first (https://cloud.google.com/sql/docs/postgres/instance-settings)");
        }

        if (database.Name.Length > CloudSqlNames.InstanceIdMaxLength)
        {
            context.Error(DiagnosticCodes.SqlName, "database.name",
                $"'{database.Name}' is {database.Name.Length} characters; an instance ID is at most {CloudSqlNames.InstanceIdMaxLength} (Cloud SQL Admin API)");
        }

        Identifier(context, "database.user", database.User, "user");
        Identifier(context, "database.databaseName", database.DatabaseName, "database");
    }

    private static void Identifier(ValidationContext context, string path, string name, string what)
    {
        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > CloudSqlNames.IdentifierMaxBytes)
        {
            context.Error(DiagnosticCodes.SqlName, path,
                $"'{name}' is {bytes} bytes; PostgreSQL cuts a {what} name to {CloudSqlNames.IdentifierMaxBytes} (NAMEDATALEN), so the services would log in as another name");
        }

        if (!CloudSqlNames.Identifier.IsMatch(name))
        {
            context.Error(DiagnosticCodes.SqlName, path,
                $"'{name}' is not a {what} name this program can put in a connection URL unescaped: lowercase letters, digits and underscores, not a digit first");
        }
    }
}
