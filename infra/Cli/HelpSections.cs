using System.Text;
using Netra.Infra.Plan;

namespace Netra.Infra.Cli;

/// <summary>
/// The sections netra-infra's help adds after System.CommandLine's own (description, usage, options, commands), in
/// its layout: a heading, then two-space indented text wrapped to the terminal as the plans are (TextLayout), examples
/// as commands that still paste when wrapped.
/// </summary>
public static class HelpSections
{
    public static string Render(CommandHelp help, IReadOnlyList<EnvironmentProfiles>? environments, TextLayout layout)
    {
        var text = new StringBuilder();
        if (help.Details is { } details)
        {
            text.Append("Details:\n").Append(layout.Paragraph(details, 2)).Append('\n');
        }

        if (environments is not null)
        {
            text.Append(Environments(environments, layout)).Append('\n');
        }

        if (help.Examples.Count > 0)
        {
            text.Append("Examples:\n");
            foreach (var example in help.Examples)
            {
                text.Append(layout.Paragraph(example.Purpose, 2)).Append(layout.Command(example.Command, 4, "$ "));
            }

            text.Append('\n');
        }

        if (help.ExitCodes.Count > 0)
        {
            text.Append("Exit codes:\n");
            foreach (var code in help.ExitCodes)
            {
                text.Append(Row(layout, $"  {code.Code}", code.Meaning, 5));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Each environment and its profiles, a profile's summary beside its name; an unreadable file says so.</summary>
    private static string Environments(IReadOnlyList<EnvironmentProfiles> environments, TextLayout layout)
    {
        var text = new StringBuilder("Environments (stacks/<environment>.yaml) and their profiles:\n");
        if (environments.Count == 0)
        {
            return text.Append(layout.Paragraph("none: no stacks/*.yaml in this repository (the nearest folder upwards with a Pulumi.yaml)", 2)).ToString();
        }

        foreach (var environment in environments)
        {
            if (environment.Problem is { } problem)
            {
                text.Append(layout.Paragraph($"{environment.Name} ({environment.File}): {problem}", 2, 4));
                continue;
            }

            text.Append("  ").Append(environment.Name).Append(" (").Append(environment.File).Append("):\n");
            var column = 4 + environment.Profiles.Max(p => p.Name.Length) + 2;
            foreach (var profile in environment.Profiles)
            {
                text.Append(Row(layout, $"    {profile.Name}", profile.Summary, column));
            }
        }

        return text.ToString();
    }

    /// <summary>A label, then text wrapped at <paramref name="column"/>: the text is laid out at that indent and the
    /// label written into its first line's (TextLayout collapses runs of spaces, so padding cannot go in the text).</summary>
    private static string Row(TextLayout layout, string label, string text, int column)
    {
        var wrapped = layout.Paragraph(text, column, column);
        // An empty text (a profile whose description is "") is the label alone.
        return wrapped.Length > column ? label.PadRight(column) + wrapped[column..] : label + "\n";
    }
}
