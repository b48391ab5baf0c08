namespace Netra.Infra.Switch;

/// <summary>What a run of `pulumi` or `gcloud` returned. <see cref="Stdout"/> is empty when it was passed through to
/// the person's terminal instead of captured.</summary>
public sealed record ToolResult(string Tool, IReadOnlyList<string> Arguments, int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command as a person would type it, to say what failed or what to run to see more.</summary>
    public string CommandLine => string.Join(' ', Arguments.Prepend(Tool).Select(Quote));

    /// <summary>The last lines of stderr, which is where both tools say what went wrong.</summary>
    public string ErrorTail(int lines = 8)
    {
        var all = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", all.TakeLast(lines));
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,@%+".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
