using System.Text;
using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Transitions;

namespace Netra.Infra.Runbook;

/// <summary>
/// The incident runbook (docs/runbook.md), generated from the environment's data: what each alert asks for, and for each
/// step of the runbook the command, what it changes and disrupts, how long it may take, what it costs and how to go
/// back. The same planner as `plan` computes every line, so the section cannot drift from the program.
/// </summary>
public static class RunbookSection
{
    public const string Begin = "<!-- runbook:begin -->";
    public const string End = "<!-- runbook:end -->";

    public static string Render(string root, EnvironmentSpec environment, PriceTable? prices)
    {
        var text = new StringBuilder();
        text.Append(Begin).Append('\n');
        text.Append($"<!-- Generated from {environment.File.DisplayName} by `{GeneratedDocs.Command(environment.Name)}`: edit the data, not this section. -->\n\n");
        text.Append("## When an alert fires\n\n");
        text.Append("Detection is the worst case from onset to notification (window, duration, the metric's sampling and ingestion delay; `bin/netra-infra plan --stack ")
            .Append(environment.Name).Append("` shows each part and its source). CRITICAL pages; ERROR and WARNING email.\n\n");
        text.Append("| alert | severity | detects within | what to do |\n| --- | --- | --- | --- |\n");
        foreach (var (name, alert) in environment.Observability.Alerts)
        {
            var detection = Observability.DetectionTime.Of(alert, environment).Seconds is { } seconds ? Timing.Durations.Text(seconds) : "no bound";
            var command = Observability.AlertDocumentation.StepCommand(alert, environment);
            text.Append($"| {alert.DisplayName} (`{name}`) | {alert.Severity} | {detection} | {Cell(alert.Runbook)}{(command is null ? "" : $" Step: `{command}`.")} |\n");
        }

        text.Append("\n## Switching profiles\n\n");
        text.Append($"Every step is one `bin/netra-infra switch --stack {environment.Name} --to <profile>`: it reads where `{environment.Name}` is (its stack output `profile`), ");
        text.Append("refuses a step the runbook does not offer from there (printing the route it does offer), previews the step live and compares it with the step's plan, ");
        text.Append("refusing anything else (a field or resource the step does not change, a replace, a delete, any change to the database) before any update; ");
        text.Append("then it runs one `pulumi up` of exactly the resources it compared, shows the time since the keystroke against the step's relief budget, ");
        text.Append("confirms where the stack is and which revision serves, and logs it. `--dry-run` stops after the comparison and changes nothing; ");
        text.Append("`bin/netra-infra plan --stack ").Append(environment.Name).Append(" --from <profile> --to <profile>` shows the same plan offline. ");
        text.Append("Every `up` and `preview` refreshes first (`refresh: always` in Pulumi.yaml), so an update sends the images that run now. ");
        text.Append("The program of a profile an incident step leads to ignores every field its incident steps do not change, so even a bare `pulumi up` into it keeps everything else as it runs, hand-made changes included. ");
        text.Append("An incident step changes capacity and routing only, and is checked to bring relief within its budget.\n");
        for (var i = 0; i < environment.Transitions.Count; i++)
        {
            var transition = environment.Transitions[i];
            var step = SwitchPlanner.Build(root, environment, transition.From, transition.To, prices).Steps.Single();
            text.Append($"\n{i + 1}. **{transition.From} → {transition.To}**{(transition.Incident ? " (incident step)" : "")} — {transition.When}\n");
            if (Config.RunTimeRevisions.PinnedRoles(environment.Profiles[transition.To]) is { Count: > 0 } pinned)
            {
                text.Append($"   - Choose: the revision to return to, a ready one of {string.Join(", ", pinned.Select(r => environment.Services[r].Name))}: {string.Join(" and ", pinned.Select(r => Config.RunTimeRevisions.ListCommand(environment, r)))} list them, newest first; {string.Join(" and ", pinned.Select(r => Config.RunTimeRevisions.TrafficCommand(environment, r)))} shows which serve now\n");
            }

            foreach (var precondition in step.Preconditions)
            {
                text.Append($"   - First: {StepText.Precondition(precondition)}\n");
            }

            text.Append($"   - Run: `{step.Command}`\n");
            text.Append($"   - Changes: {Changes(step)}\n");
            text.Append($"   - Disrupts: {Disrupts(step)}\n");
            text.Append($"   - Relief: {StepText.Relief(step)}\n");
            if (transition.Incident && step.Timing.ChangesServing && step.Timing.Relief.Seconds is { } relief)
            {
                var glass = Timing.BreakGlassRelief.For(environment.Allowances, relief);
                text.Append($"   - From GitHub (break-glass, `to: {transition.To}`): {glass.Sentence}\n");
            }

            text.Append($"   - Takes: {StepText.Done(step)}{(step.Timing.Whole.Seconds is null ? "" : " (the whole `up`)")}\n");
            text.Append($"   - Connections at the worst moment: {StepText.Connections(step)}\n");
            if (step.FromCost is { } before && step.ToCost is { } after)
            {
                text.Append($"   - Cost: {ProfileCost.Change(before, after)}\n");
            }

            text.Append($"   - Back: {Back(root, environment, transition)}\n");
        }

        var inferred = StepText.Inferred(environment.Transitions.Select(t => SwitchPlanner.Build(root, environment, t.From, t.To, null).Steps.Single()));
        if (inferred is not null)
        {
            text.Append('\n').Append(inferred).Append('\n');
        }

        text.Append('\n').Append(End).Append('\n');
        return text.ToString();
    }

    /// <summary>The document with its section replaced; null when the markers are missing.</summary>
    public static string? Splice(string readme, string section) => MarkedSection.Splice(readme, Begin, End, section);

    /// <summary>The section as the document has it now, markers included; null when the markers are missing.</summary>
    public static string? Current(string readme) => MarkedSection.Current(readme, Begin, End);

    public static string Changes(PlanStep step) => step.Changes.Count == 0 ? "nothing" : string.Join("; ", step.Changes
        .GroupBy(c => c.Disruption)
        .OrderByDescending(g => g.Key)
        .Select(g => $"{PlanReport.Word(g.Key)}: {string.Join(", ", g.Select(c => $"`{c.Name}`"))}"));

    /// <summary>The consequence for the people using staging, from the worst change.</summary>
    public static string Disrupts(PlanStep step) => step.Worst switch
    {
        Disruption.Replace => "OUTAGE — a named resource is deleted before its replacement exists: " + string.Join("; ", step.Changes.Where(c => c.Disruption == Disruption.Replace).Select(c => c.Reason)),
        Disruption.Restart => "OUTAGE — the database restarts: " + string.Join("; ", step.Changes.Where(c => c.Disruption == Disruption.Restart).Select(c => c.Reason)),
        Disruption.None => "nothing.",
        Disruption.Rotation => "FAILURES until every client has the new value — " + string.Join("; ", step.Changes.Where(c => c.Disruption == Disruption.Rotation).Select(c => $"`{c.Name}`: {c.Reason}").Distinct()),
        Disruption.Reachability => "WHO CAN REACH a service changes — " + string.Join("; ", step.Changes.Where(c => c.Disruption == Disruption.Reachability).Select(c => $"`{c.Name}`: {c.Reason}")),
        _ => "no outage. " + string.Join(" ", new[]
        {
            step.Changes.Any(c => c.Disruption == Disruption.NewRevision) ? "Changed services roll to a new revision; the old one serves until the new one is ready, and keeps serving if it never is." : null,
            step.Changes.Any(c => c.Disruption == Disruption.TrafficShift) ? "Traffic moves between existing revisions at once." : null,
            step.Changes.Any(c => c.Disruption == Disruption.InPlace && c.Type == Components.CloudRunServiceComponent.Type) ? "Service-level scaling applies at once, without a new revision." : null,
            // DisruptionRules.Connector: machineType and growing counts are patched, never a replacement.
            step.Changes.Any(c => c.Disruption == Disruption.InPlace && c.Type == Components.VpcConnectorComponent.Type) ? "Connectors are resized in place, not replaced: the services attached keep their route." : null,
            step.Changes.Any(c => c.Disruption == Disruption.Delete) ? "Deletions run last, after the services left what is deleted." : null,
        }.OfType<string>()),
    };

    private static string Back(string root, EnvironmentSpec environment, TransitionSpec transition)
    {
        var route = TransitionRoutes.Find(environment.Transitions, transition.To, transition.From);
        if (route is null)
        {
            return "no way back in the transitions.";
        }

        var commands = route.Select(s => $"`{Config.ProfileFiles.SwitchCommand(environment.Name, s.To)}` ({s.To})");
        return route.Count == 1
            ? $"{commands.Single()}."
            : $"{route.Count} steps, {string.Join(", then ", commands)}.";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
