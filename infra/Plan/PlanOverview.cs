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

    public static string Render(string root, EnvironmentSpec environment, PriceTable? prices, bool markdown)
    {
        var text = new StringBuilder();
        foreach (var (from, to) in Switches(environment))
        {
            var plan = SwitchPlanner.Build(root, environment, from, to, prices);
            text.Append($"### {from} → {to}\n\n").Append(markdown ? PlanReport.Markdown(plan) : PlanReport.Text(plan)).Append('\n');
        }

        text.Append("### Profiles\n");
        foreach (var profile in environment.Profiles.Values)
        {
            var program = StackProgram.Build(new Deployment(environment, profile, false));
            var cost = prices is null ? null : CostModel.For(environment, profile, prices);
            var body = PlanReport.ProfileMarkdown(environment.Name, program, profile.Name, cost);
            text.Append(markdown ? $"\n<details><summary>{profile.Name}</summary>\n\n{body}\n</details>\n" : $"\n{body}");
        }

        return text.ToString();
    }
}
