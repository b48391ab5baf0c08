using System.Text;

namespace Netra.Infra.Plan;

/// <summary>
/// Lays out the text plans for a terminal of <see cref="Width"/> columns. Prose wraps at spaces, with a hanging indent,
/// and nowhere else: a word is never broken. The long words are the ones a person copies out of a plan (a URL, a path,
/// a resource name, a `--format='…'` argument), and a terminal can neither click nor paste one that goes on at the
/// start of the next line; a word longer than the room goes on a line of its own and runs past the width, where the
/// terminal folds it and still reads it as one. A code span (`…`) is one word too, so that a command quoted in prose is
/// on one line; one that no line holds is printed as a command, on lines of its own. A number stays with the unit of
/// time after it (`4 min 20 s`), the figure a plan is read for. A text of several lines (a field's
/// value in paragraphs) keeps every line after the first at the hanging indent. A shell command wraps between its
/// arguments with ` \` so that it still pastes as one command, and never inside one.
/// </summary>
public sealed class TextLayout(int width)
{
    /// <summary>What a plan gets when nothing says the terminal's width (piped to a file, a pager, a CI log).</summary>
    public const int DefaultWidth = 80;

    public const int MinWidth = 60;

    public const int MaxWidth = 250;

    public static TextLayout Default { get; } = new(DefaultWidth);

    public int Width { get; } = Math.Clamp(width, MinWidth, MaxWidth);

    /// <summary>
    /// The width to lay out for: `COLUMNS` when set (as shells export it, and as a user overrides it), else the
    /// terminal's, else <see cref="DefaultWidth"/>.
    /// </summary>
    public static TextLayout For(string? columns, int? terminalWidth) =>
        int.TryParse(columns, out var fromEnvironment) && fromEnvironment > 0 ? new(fromEnvironment)
        : terminalWidth is > 0 ? new(terminalWidth.Value)
        : Default;

    /// <summary>
    /// A paragraph: its first line starts at <paramref name="indent"/>, the others at <paramref name="hanging"/>. Each
    /// further line of <paramref name="text"/> (a value of several lines) starts at <paramref name="hanging"/> too, plus
    /// its own indentation; a blank one stays empty. A line that fits is printed as written, its spaces and all.
    /// </summary>
    public string Paragraph(string text, int indent = 0, int? hanging = null)
    {
        var next = hanging ?? indent;
        var output = new StringBuilder();
        var lines = text.TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (i > 0 && line.Length == 0)
            {
                output.Append('\n');
                continue;
            }

            var own = i == 0 ? 0 : line.Length - line.TrimStart(' ').Length;
            var start = i == 0 ? indent : next + own;
            line = line.TrimStart(' ');
            output.Append(line.Length == 0 ? "\n" : start + line.Length <= Width ? new string(' ', start) + line + "\n" : Paragraph(Words(line), start, next + own));
        }

        return output.ToString();
    }

    /// <summary>One line's <paramref name="words"/>, each kept whole, wrapped at the spaces between them.</summary>
    private string Paragraph(IReadOnlyList<string> words, int indent, int hanging)
    {
        var output = new StringBuilder();
        var line = new StringBuilder().Append(' ', indent);
        var empty = true;
        foreach (var word in words)
        {
            if (LongCommand(word, hanging) is var (before, command, after))
            {
                // Quoted in prose, it would run far past the width or be split with no ` \`: it goes on lines of its own
                // as a command that pastes (`$ `, as every command), what is attached to it before and after those lines.
                if (!empty && before.Length > 0 && line.Length + 1 + before.Length > Width)
                {
                    output.Append(line).Append('\n');
                    line.Clear().Append(' ', hanging);
                    empty = true;
                }

                if (!empty || before.Length > 0)
                {
                    output.Append(line.Append(empty || before.Length == 0 ? "" : " ").Append(before)).Append('\n');
                }

                output.Append(Command(command, hanging, "$ "));
                line.Clear().Append(' ', hanging).Append(after);
                empty = after.Length == 0;
                continue;
            }

            if (!empty && line.Length + 1 + word.Length > Width)
            {
                output.Append(line).Append('\n');
                line.Clear().Append(' ', hanging);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        return output.Append(line.ToString().TrimEnd()).Append('\n').ToString();
    }

    /// <summary>A word that is a code span of several words, with what is attached to it, when a line at
    /// <paramref name="hanging"/> cannot hold it.</summary>
    private (string Before, string Command, string After)? LongCommand(string word, int hanging)
    {
        var open = word.IndexOf('`');
        var close = open < 0 ? -1 : word.IndexOf('`', open + 1);
        if (close < 0 || hanging + word.Length <= Width || !word[open..close].Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        return (word[..open], word[(open + 1)..close], word[(close + 1)..]);
    }

    /// <summary>
    /// The words of one line: split at spaces, except inside a code span (`…`), which is one word with whatever is
    /// attached to it (`` `pulumi up`, ``), and between a number and the unit of time after it: a plan's durations are
    /// what its reader looks for, and `4` at the end of one line with `min 20 s` on the next reads as four of something
    /// else. A backtick with no closing one is an ordinary character.
    /// </summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ' ')
            {
                if (start >= 0 && !BeforeUnit(line, i))
                {
                    words.Add(line[start..i]);
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            if (line[i] == '`' && line.IndexOf('`', i + 1) is var close && close > i)
            {
                i = close;
            }
        }

        if (start >= 0)
        {
            words.Add(line[start..]);
        }

        return words;
    }

    private static readonly string[] TimeUnits = ["ms", "s", "min", "h"];

    /// <summary>Whether the word before the space at <paramref name="space"/> ends in a number and a unit of time follows
    /// the space (`4 min`, `(a check every 60 s)`, `$0.025/h × 24 h;`).</summary>
    private static bool BeforeUnit(string line, int space)
    {
        if (!char.IsAsciiDigit(line[space - 1]))
        {
            return false;
        }

        var end = line.IndexOf(' ', space + 1) is var next and >= 0 ? next : line.Length;
        var unit = line[(space + 1)..end].TrimEnd('.', ',', ';', ':', ')');
        return TimeUnits.Contains(unit, StringComparer.Ordinal);
    }

    /// <summary>
    /// A shell command, broken between arguments with ` \` continuations (continued lines indented four more). An
    /// argument longer than a line stays whole: breaking it would change the command.
    /// </summary>
    public string Command(string command, int indent, string prefix = "")
    {
        var output = new StringBuilder();
        var line = new StringBuilder(new string(' ', indent)).Append(prefix);
        var continued = indent + 4;
        var first = true;
        foreach (var argument in ShellWords(command))
        {
            if (!first && line.Length + 1 + argument.Length + 2 > Width)
            {
                output.Append(line).Append(" \\\n");
                line.Clear().Append(' ', continued);
                first = true;
            }

            if (!first)
            {
                line.Append(' ');
            }

            line.Append(argument);
            first = false;
        }

        return output.Append(line).Append('\n').ToString();
    }

    /// <summary>
    /// The command's words, split at spaces outside quotes, each kept exactly as written. Inside an unquoted `$(…)` the
    /// words are split too: a ` \` continuation is as valid there as anywhere outside quotes.
    /// </summary>
    private static IEnumerable<string> ShellWords(string command)
    {
        var word = new StringBuilder();
        var quote = '\0';
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote == '\0' && c == ' ')
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                continue;
            }

            word.Append(c);
            if (quote != '\'' && c == '\\' && i + 1 < command.Length)
            {
                word.Append(command[++i]);
            }
            else if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
