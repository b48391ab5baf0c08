using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Netra.Infra.Config;

/// <summary>
/// Copies a stack file's `encryptionsalt` / `secretsprovider` / `encryptedkey` into a profile file as text, so that
/// every comment and every other line of the profile file stays exactly as written (a YAML round trip would drop the
/// comments that say how to run the profile). A key the profile file has is replaced where it stands, one it lacks is
/// added after the `config:` block, and one the stack file does not have is removed.
/// </summary>
public static partial class StackSecretsLines
{
    /// <param name="profileText">The profile file as it is.</param>
    /// <param name="stackText">The stack file: its own lines for each key are copied, quoting and all.</param>
    /// <param name="stack">The stack file's values, as read; written out when its text has no line to copy (a flow
    /// mapping), so the result states them whatever the stack file's layout.</param>
    public static string CopyInto(string profileText, string stackText, StackSecretsConfiguration stack)
    {
        var newline = profileText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var (lines, endsWithNewline) = Split(profileText);
        var (stackLines, _) = Split(stackText);

        var missing = new List<string>();
        foreach (var key in StackSecretsConfiguration.Keys)
        {
            var wanted = stack.Value(key) is { } value
                ? Entry(stackLines, key) is { } range ? stackLines.GetRange(range.Start, range.Count) : [$"{key}: {DoubleQuoted(value)}"]
                : [];
            if (Entry(lines, key) is { } existing)
            {
                lines.RemoveRange(existing.Start, existing.Count);
                lines.InsertRange(existing.Start, wanted);
            }
            else
            {
                missing.AddRange(wanted);
            }
        }

        lines.InsertRange(AfterConfigBlock(lines), missing);
        var text = string.Join(newline, lines);
        return endsWithNewline && lines.Count > 0 ? text + newline : text;
    }

    /// <summary>The lines of <paramref name="key"/>'s top-level entry: its own line and the lines its value continues on.</summary>
    private static (int Start, int Count)? Entry(List<string> lines, string key)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var match = TopLevelKey().Match(lines[i]);
            if (match.Success && match.Groups["key"].Value == key)
            {
                var end = i + 1;
                while (end < lines.Count && IsContinuation(lines[end]))
                {
                    end++;
                }

                return (i, end - i);
            }
        }

        return null;
    }

    /// <summary>Just after the last line of the `config:` block (its last indented line); the end of the file when
    /// there is none. A comment at column 0 inside the block does not end it; one after it stays after the new keys.</summary>
    private static int AfterConfigBlock(List<string> lines)
    {
        var start = lines.FindIndex(l => TopLevelKey().Match(l) is { Success: true } m && m.Groups["key"].Value == "config");
        if (start < 0)
        {
            return lines.Count;
        }

        var last = start;
        for (var i = start + 1; i < lines.Count; i++)
        {
            if (lines[i].Length > 0 && lines[i][0] is ' ' or '\t' && lines[i].Trim().Length > 0)
            {
                last = i;
            }
            else if (lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'))
            {
                break;
            }
        }

        return last + 1;
    }

    // An indented line that is not blank and not a comment: the value of the entry above goes on (a long scalar, a block).
    private static bool IsContinuation(string line) =>
        line.Length > 0 && line[0] is ' ' or '\t' && line.Trim() is { Length: > 0 } content && !content.StartsWith('#');

    private static (List<string> Lines, bool EndsWithNewline) Split(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var endsWithNewline = text.EndsWith('\n');
        if (endsWithNewline || text.Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return (lines, endsWithNewline || text.Length == 0);
    }

    private static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // A key at column 0, plain or quoted, then its colon: `encryptionsalt: v1:…`, `"config":`.
    [GeneratedRegex("""^(?<q>["']?)(?<key>config|encryptionsalt|secretsprovider|encryptedkey)\k<q>[ \t]*:(?:[ \t]|$)""")]
    private static partial Regex TopLevelKey();
}
