using System.Text.RegularExpressions;

namespace Netra.Infra.Cli;

/// <summary>Arguments joined into a command a POSIX shell reads back as the same arguments, so that a refusal's fix can
/// be pasted as it is printed.</summary>
public static partial class ShellWords
{
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    /// <summary>As it is when the shell would not change it; otherwise in single quotes, where only `'` needs care.</summary>
    public static string Quote(string word) =>
        Plain().IsMatch(word) ? word : "'" + word.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9_./:=@%+,-]+$")]
    private static partial Regex Plain();
}
