using System.Text;
using System.Text.RegularExpressions;
using Netra.Infra.Plan;

namespace Netra.Infra.Runbook;

/// <summary>
/// The runbook for a terminal: the same section docs/runbook.md carries, laid out to the terminal's width (TextLayout) —
/// the alert table as one entry an alert, each step's fields wrapped under it, its commands as shell lines that paste,
/// and no Markdown marks. Made from the Markdown RunbookSection renders, so the two never say different things.
/// </summary>
public static partial class RunbookText
{
    public static string From(string markdown, TextLayout layout)
    {
        var text = new StringBuilder();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("<!--", StringComparison.Ordinal) || line.StartsWith("| ---", StringComparison.Ordinal) || line.StartsWith("| alert |", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var title = line[3..];
                text.Append('\n').Append(title).Append('\n').Append(new string('=', title.Length)).Append('\n');
            }
            else if (TableRow().Match(line) is { Success: true } row)
            {
                var detects = row.Groups["detects"].Success ? $", detects within {row.Groups["detects"].Value.Trim()}" : "";
                text.Append(layout.Paragraph($"* {Plain(row.Groups["alert"].Value)} [{row.Groups["severity"].Value.Trim()}{detects}]: {Plain(row.Groups["what"].Value)}", 0, 4));
            }
            else if (CommandField().Match(line) is { Success: true } command)
            {
                text.Append(layout.Paragraph($"{command.Groups["field"].Value}:", 3, 5)).Append(layout.Command(command.Groups["command"].Value, 5, "$ "));
            }
            else if (line.Length == 0)
            {
                text.Append('\n');
            }
            else
            {
                var indent = line.Length - line.TrimStart(' ').Length;
                var item = line.TrimStart();
                var hanging = item.StartsWith("- ", StringComparison.Ordinal) ? indent + 2 : NumberedItem().IsMatch(item) ? indent + 3 : indent;
                text.Append(layout.Paragraph(Plain(line.TrimStart()), indent, hanging));
            }
        }

        return text.ToString().TrimStart('\n');
    }

    /// <summary>Markdown marks out: bold, code spans and escaped pipes.</summary>
    private static string Plain(string markdown) => markdown.Trim().Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal);

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex NumberedItem();

    /// <summary>A row of the alert table: alert, severity, how soon it detects (a duration, or "no bound"), what to do.</summary>
    [GeneratedRegex(@"^\| (?<alert>.+?) \| (?<severity>CRITICAL|ERROR|WARNING) \| (?:(?<detects>(?:\d+ (?:min|s)(?: \d+ s)?|no bound)) \| )?(?<what>.+) \|$")]
    private static partial Regex TableRow();

    /// <summary>A step's field that is one command: `   - Run: `bin/netra-infra switch …``.</summary>
    [GeneratedRegex(@"^   - (?<field>Run|Choose): `(?<command>[^`]+)`$")]
    private static partial Regex CommandField();
}
