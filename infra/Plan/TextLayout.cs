using System.Text;

namespace Netra.Infra.Plan;

/// <summary>
/// Lays out the text plans for a terminal of <see cref="Width"/> columns: prose wraps between words, with a hanging
/// indent; a word longer than a line (a resource path, a URL) breaks after a `/`, `.`, `,` or `-` where it can; a shell
/// command wraps between its arguments with ` \` so that it still pastes as one command.
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

    /// <summary>One paragraph: its first line starts at <paramref name="indent"/>, the others at <paramref name="hanging"/>.</summary>
    public string Paragraph(string text, int indent = 0, int? hanging = null)
    {
        var output = new StringBuilder();
        var next = hanging ?? indent;
        var line = new StringBuilder(new string(' ', indent));
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var piece in Pieces(word, Math.Max(20, Width - next)))
            {
                if (!empty && line.Length + 1 + piece.Text.Length > Width)
                {
                    output.Append(line.ToString().TrimEnd()).Append('\n');
                    line.Clear().Append(' ', next);
                    empty = true;
                }

                if (!empty && !piece.Continues)
                {
                    line.Append(' ');
                }

                line.Append(piece.Text);
                empty = false;
            }
        }

        return output.Append(line.ToString().TrimEnd()).Append('\n').ToString();
    }

    /// <summary>Every line of <paramref name="text"/>, wrapped with its own indentation plus four as the hanging indent.</summary>
    public string Lines(string text)
    {
        var output = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= Width)
            {
                output.Append(line).Append('\n');
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            output.Append(Paragraph(line.TrimStart(' '), indent, indent + 4));
        }

        return output.ToString(0, Math.Max(0, output.Length - 1));
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

    /// <summary>A word as pieces that each fit <paramref name="room"/>: whole when it fits, else broken after a separator.</summary>
    private static IEnumerable<(string Text, bool Continues)> Pieces(string word, int room)
    {
        var start = 0;
        var continues = false;
        while (word.Length - start > room)
        {
            var cut = word.LastIndexOfAny(['/', '.', ',', '-', '_'], start + room - 1, room - 1);
            var end = cut > start + (room / 3) ? cut + 1 : start + room;
            yield return (word[start..end], continues);
            start = end;
            continues = true;
        }

        yield return (word[start..], continues);
    }
}
