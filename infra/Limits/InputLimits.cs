namespace Netra.Infra.Limits;

/// <summary>
/// Bounds on the files this program reads, which anyone can change in a pull request that `pulumi preview` then
/// reads in CI: whatever a file holds, reading it takes bounded time, memory and output.
/// </summary>
public static class InputLimits
{
    /// <summary>A stack file is 40 KB today; 1 MiB leaves room for twenty-five times that.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Our deepest key path is 7 levels (profiles.emergency.services.backend.databasePool.size); 32 allows for
    /// growth and stops a deeply nested file long before a recursive reader runs out of stack.</summary>
    public const int MaxDepth = 32;

    /// <summary>Findings kept in memory; beyond them, only counted (a flood of unknown keys must not exhaust memory).</summary>
    public const int MaxKeptDiagnostics = 1000;

    /// <summary>Characters of one finding's message: our longest is about 600; the rest of a quoted value is cut.</summary>
    public const int MaxMessageCharacters = 2000;

    /// <summary>Findings printed; beyond them, one line with the count of the rest.</summary>
    public const int MaxShownDiagnostics = 50;
}
