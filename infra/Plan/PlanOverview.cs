using System.Text;
using Netra.Infra.Components;
using Netra.Infra.Cost;
using Netra.Infra.Model;

namespace Netra.Infra.Plan;

/// <summary>
/// Everything a reviewer needs in one process (`plan --all`, the PR comment): the switches between normal and
/// each profile the runbook leads to from it, both ways, then every profile.
/// </summary>
public static class PlanOverview
{
    /// <summary>normal → P and P → normal for each P one runbook step away from normal, in the runbook's order.</summary>
    public static IReadOnlyList<(string From, string To)> Switches(EnvironmentSpec environment) =>
        environment.Transitions
            .Where(t => t.From == EnvironmentSpec.SteadyProfile)
            .SelectMany(t => new[] { (t.From, t.To), (t.To, t.From) })
            .Distinct()
            .ToList();

    /// <summary>Markdown for the PR comment, or, with a <paramref name="layout"/>, text for a terminal: each in its own
    /// syntax (headings `###` in markdown, underlined titles in text).</summary>
    public static string Render(string root, EnvironmentSpec environment, PriceTable? prices, TextLayout? layout = null)
    {
        var text = new StringBuilder();
        foreach (var (from, to) in Switches(environment))
        {
            var plan = SwitchPlanner.Build(root, environment, from, to, prices);
            text.Append(layout is null ? $"### {from} → {to}\n\n{PlanReport.Markdown(plan)}" : $"{Title($"{from} -> {to}")}{PlanReport.Text(plan, layout)}").Append('\n');
        }

        text.Append(layout is null ? "### Profiles\n" : Title("Profiles"));
        foreach (var profile in environment.Profiles.Values)
        {
            var program = StackProgram.Build(new Deployment(environment, profile, false));
            var cost = prices is null ? null : CostModel.For(environment, profile, prices);
            text.Append(layout is null
                ? $"\n<details><summary>{profile.Name}</summary>\n\n{PlanReport.ProfileMarkdown(environment.Name, program, profile.Name, cost)}\n</details>\n"
                : $"\n{PlanReport.ProfileText(environment.Name, program, profile.Name, cost, layout)}");
        }

        return text.ToString();
    }

    private static string Title(string title) => $"{title}\n{new string('=', title.Length)}\n";
}
