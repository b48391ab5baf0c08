using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// The application's database user. Once credentials are ours, with a generated password: the database URLs are then
/// composed from it and the instance's private address, so the password exists only in the stack's encrypted state
/// and in Secret Manager. Before that, the user keeps the password it has (it is not declared).
/// </summary>
public static class DatabaseUserComponent
{
    public const string Type = "gcp:sql:User";
    public const string LogicalName = "database-user";
    public const string PasswordName = "database-password";

    /// <summary>Long enough to be unguessable, letters and digits so it needs no escaping in a URL.</summary>
    public const int PasswordLength = 40;

    /// <summary>The import id, in the provider's documented form (sql/user.d.ts, "Import").</summary>
    public static string ImportId(GcpLocation location, DatabaseSpec database) => $"{location.Project}/{database.Name}/{database.User}";

    /// <param name="withPassword">Whether this program generates the password (ownership.credentials: generated).</param>
    public static ResourceDeclaration Declare(GcpLocation location, DatabaseSpec database, ReferenceValue provider, bool withPassword)
    {
        var properties = new MapValue
        {
            { "name", database.User },
            { "project", location.Project },
            { "instance", new ReferenceValue(CloudSqlInstanceComponent.LogicalName, "name") },
        };
        if (withPassword)
        {
            properties.Add("password", RandomValueComponent.Result(PasswordName));
        }

        return Declare(properties, database, provider);
    }

    private static ResourceDeclaration Declare(MapValue properties, DatabaseSpec database, ReferenceValue provider) => new(
        LogicalName,
        Type,
        properties,
        new ResourceOptions { Provider = provider, Protect = true, RetainOnDelete = true },
        [properties["password"] is null
            ? $"The application's user {database.User}; its password stays the one it has until credentials are generated here (ownership.credentials)."
            : $"The application's user {database.User}; its password is generated and reaches the services only through the database URL secrets."]);

    /// <summary>`postgresql+asyncpg://user:${password}@${private address}/database` (the form record 004 gives).</summary>
    public static InterpolationValue Url(DatabaseSpec database) => new([
        $"postgresql+asyncpg://{database.User}:",
        RandomValueComponent.Result(PasswordName),
        "@",
        new ReferenceValue(CloudSqlInstanceComponent.LogicalName, "privateIpAddress"),
        $"/{database.DatabaseName}",
    ]);
}
