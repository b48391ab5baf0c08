using System.Text;
using Netra.Infra.Config;
using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Timing;
using Netra.Infra.Transitions;

namespace Netra.Infra.Runbook;

/// <summary>
/// The README's first screen in an incident: where the stack is, the `switch` of every incident step with the outage it
/// relieves and its relief bound, and the way back. Generated from the same transitions and planner as the runbook, so
/// the card a person reads at 3 a.m. cannot name a command the runbook no longer offers.
/// </summary>
public static class IncidentCard
{
    public const string Begin = "<!-- incident-card:begin -->";
    public const string End = "<!-- incident-card:end -->";

    public static string Render(string root, EnvironmentSpec environment, PriceTable? prices)
    {
        var name = environment.Name;
        var text = new StringBuilder();
        text.Append(Begin).Append('\n');
        text.Append($"<!-- Generated from {environment.File.DisplayName} by `{GeneratedDocs.Command(name)}`: edit the data, not this card. -->\n\n");
        text.Append($"Where {name} is now: `pulumi stack output profile --stack {name}`. A step starts from there (`switch` reads it and refuses a step the runbook does not offer from it).\n\n");
        text.Append($"| {name} is in | and it is | run | serves again within |\n| --- | --- | --- | --- |\n");
        // From normal first: where staging is on most days; then the steps between incident profiles, in the data's order.
        foreach (var transition in environment.Transitions.Where(t => t.Incident).OrderBy(t => t.From != EnvironmentSpec.SteadyProfile))
        {
            var step = SwitchPlanner.Build(root, environment, transition.From, transition.To, prices).Steps.Single();
            var relief = step.Timing.Relief.Seconds is { } seconds ? Durations.Text(seconds) : "no bound";
            text.Append($"| {transition.From} | {Cell(transition.Relieves ?? transition.When)} | `{step.Command}` | {relief} |\n");
        }

        text.Append("\nLook first: the same command with `--dry-run` previews the step live and compares it with its plan, changing nothing ");
        text.Append("(run it at the start of a shift too: it builds and installs the plugins, which the relief path then skips).\n\n");
        var incidentProfiles = environment.Transitions.Where(t => t.Incident).Select(t => t.To).Distinct(StringComparer.Ordinal);
        var backs = incidentProfiles
            .Select(profile => (profile, route: TransitionRoutes.Find(environment.Transitions, profile, EnvironmentSpec.SteadyProfile)))
            .Where(b => b.route is { Count: > 0 })
            .Select(b => $"from {b.profile}, {string.Join(" then ", b.route!.Select(s => $"`--to {s.To}`"))}");
        text.Append($"Once it is over, back to {EnvironmentSpec.SteadyProfile} one step at a time: {string.Join("; ", backs)} (each step's trigger is in the runbook).\n\n");
        text.Append($"The full runbook, every alert and every step with what it changes, takes and costs: [{GeneratedDocs.RunbookFile}]({GeneratedDocs.RunbookFile}), or in a terminal `bin/netra-infra runbook --stack {name} --format text`.\n");
        text.Append(End).Append('\n');
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
