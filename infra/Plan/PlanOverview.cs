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
        var plans = new List<SwitchPlan>();
        foreach (var (from, to) in Switches(environment))
        {
            var plan = SwitchPlanner.Build(root, environment, from, to, prices);
            plans.Add(plan);
            text.Append(layout is null ? $"### {from} → {to}\n\n{PlanReport.Markdown(plan, notes: false)}" : $"{Title($"{from} → {to}")}{PlanReport.Text(plan, layout)}").Append('\n');
        }

        if (layout is null && plans.Count > 0)
        {
            // The notes every switch shares, once (the PR comment must stay within GitHub's size limit).
            var inferred = StepText.Inferred(plans.SelectMany(p => p.Steps));
            text.Append("<sub>").Append(PlanReport.PriceNote(plans[0])).Append(inferred is null ? "" : " " + inferred).Append("</sub>\n\n");
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
