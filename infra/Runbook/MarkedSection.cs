namespace Netra.Infra.Runbook;

/// <summary>A generated part of a markdown file, between a begin and an end marker: read it, or replace it.</summary>
public static class MarkedSection
{
    /// <summary>The text with the section replaced (markers included in <paramref name="section"/>); null when the
    /// markers are missing.</summary>
    public static string? Splice(string text, string begin, string end, string section)
    {
        var (from, to) = (text.IndexOf(begin, StringComparison.Ordinal), text.IndexOf(end, StringComparison.Ordinal));
        if (from < 0 || to < from)
        {
            return null;
        }

        var afterEnd = to + end.Length + (text.Length > to + end.Length && text[to + end.Length] == '\n' ? 1 : 0);
        return text[..from] + section + text[afterEnd..];
    }

    /// <summary>The section as the text has it now, markers included; null when the markers are missing.</summary>
    public static string? Current(string text, string begin, string end)
    {
        var (from, to) = (text.IndexOf(begin, StringComparison.Ordinal), text.IndexOf(end, StringComparison.Ordinal));
        return from < 0 || to < from ? null : text[from..(to + end.Length)] + "\n";
    }
}
