namespace Netra.Infra.Model;

/// <summary>
/// The environment variables through which a profile's databasePool reaches the application (the names the
/// incident plans used); reserved so that env cannot set them behind the connection budget's back.
/// </summary>
public static class DatabasePoolEnvironment
{
    public const string PoolSize = "DATABASE_POOL_SIZE";
    public const string MaxOverflow = "DATABASE_MAX_OVERFLOW";

    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { PoolSize, MaxOverflow };
}
