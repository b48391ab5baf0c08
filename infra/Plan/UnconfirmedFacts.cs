using System.Text;
using Netra.Infra.Model;

namespace Netra.Infra.Plan;

/// <summary>
/// The values of the environment no incident record states, in the order a person confirms them, each with what the file
/// holds now and the command that shows the live value. The plan puts them first: every figure after them rests on them.
/// </summary>
public static class UnconfirmedFacts
{
    /// <summary>In full, each with the command that confirms it: what an inventory (`plan`) opens with.</summary>
    public static string Text(EnvironmentSpec environment, TextLayout layout)
    {
        if (environment.Inferred.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder(layout.Paragraph(
            $"UNCONFIRMED: {environment.Inferred.Count} value(s) of {environment.File.DisplayName} are inferred; confirm them on the live environment before the first `pulumi up`, in this order:"));
        for (var i = 0; i < environment.Inferred.Count; i++)
        {
            var fact = environment.Inferred[i];
            var number = $"{i + 1}. ";
            text.Append(layout.Paragraph($"{number}{fact.Key} = {Values(fact)}: {fact.Why}", 2, 2 + number.Length));
            text.Append(layout.Command(fact.Confirm, 2 + number.Length, "confirm: "));
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Short, for a switch or a step: which values the plan rests on, and where their commands are. A plan read
    /// in an incident leads with the change, not with 27 commands.</summary>
    public static string Brief(EnvironmentSpec environment, TextLayout layout)
    {
        if (environment.Inferred.Count == 0)
        {
            return "";
        }

        return layout.Paragraph(
            $"UNCONFIRMED: this plan rests on {environment.Inferred.Count} inferred value(s) of {environment.File.DisplayName}: {string.Join(", ", environment.Inferred.Select(f => f.Key))}. "
            + $"The command that confirms each: `bin/netra-infra plan --stack {environment.Name}` (docs/adoption.md).") + "\n";
    }

    /// <summary>Collapsed and short, so a PR comment leads with the change and stays within GitHub's size limit; the
    /// commands that confirm each value are in docs/adoption.md's checklist and the text plan.</summary>
    public static string Markdown(EnvironmentSpec environment)
    {
        if (environment.Inferred.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder($"<details><summary>Unconfirmed: {environment.Inferred.Count} inferred value(s) of {environment.File.DisplayName} to confirm before the first <code>pulumi up</code> (docs/adoption.md has the commands)</summary>\n\n");
        for (var i = 0; i < environment.Inferred.Count; i++)
        {
            var fact = environment.Inferred[i];
            text.Append($"{i + 1}. `{fact.Key}` = {Escape(Shorten(Values(fact)))}\n");
        }

        return text.Append("\n</details>\n\n").ToString();
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "…";

    /// <summary>What the file holds at the marked key: one value, or the leaves below it.</summary>
    public static string Values(InferredFact fact) => fact.Values.Count == 1 && fact.Values[0].Path == fact.Key
        ? fact.Values[0].Value
        : string.Join(", ", fact.Values.Select(v => $"{v.Path}: {v.Value}"));

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
