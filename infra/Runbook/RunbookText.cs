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
                text.Append(Paragraph(layout, $"* {row.Groups["alert"].Value.Trim()} [{row.Groups["severity"].Value.Trim()}{detects}]: {row.Groups["what"].Value.Trim()}", 0, 4));
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
                text.Append(Paragraph(layout, item, indent, hanging));
            }
        }

        return text.ToString().TrimStart('\n');
    }

    /// <summary>
    /// A line of Markdown as prose, its marks out. The code spans' backticks go after the layout, which keeps each span (a
    /// command, a name) on one line, or on lines of its own as a command when none holds it; the line they were on is
    /// the shorter for it.
    /// </summary>
    private static string Paragraph(TextLayout layout, string markdown, int indent, int hanging) =>
        layout.Paragraph(markdown.Replace("**", "", StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal), indent, hanging)
            .Replace("`", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex NumberedItem();

    /// <summary>A row of the alert table: alert, severity, how soon it detects (a duration, or "no bound"), what to do.</summary>
    [GeneratedRegex(@"^\| (?<alert>.+?) \| (?<severity>CRITICAL|ERROR|WARNING) \| (?:(?<detects>(?:\d+ (?:min|s)(?: \d+ s)?|no bound)) \| )?(?<what>.+) \|$")]
    private static partial Regex TableRow();

    /// <summary>A step's field that is one command: `   - Run: `bin/netra-infra switch …``.</summary>
    [GeneratedRegex(@"^   - (?<field>Run|Choose): `(?<command>[^`]+)`$")]
    private static partial Regex CommandField();
}
