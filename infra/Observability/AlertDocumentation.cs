using Netra.Infra.Config;
using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// What a page says: the runbook text, the command of the step it leads to (the one `switch` a step), how late it may
/// come, and who it does not reach yet. The same words go into the README's "When an alert fires" table.
/// </summary>
public static class AlertDocumentation
{
    public static string StepLine(AlertSpec alert, EnvironmentSpec environment) => alert.Step is { } step
        ? $"Runbook step {step.From} → {step.To}: `{StepCommand(alert, environment)}` (README, \"Incident\")."
        : "Runbook: README, \"Incident\", \"When an alert fires\".";

    /// <summary>`bin/netra-infra switch --stack staging --to emergency`, or null without a step.</summary>
    public static string? StepCommand(AlertSpec alert, EnvironmentSpec environment) =>
        alert.Step is { } step && environment.Profiles.TryGetValue(step.To, out var to)
            ? ProfileFiles.SwitchCommand(environment.Name, step.To, RunTimeRevisions.PinnedRoles(to).Count > 0)
            : null;

    public static string Content(AlertSpec alert, EnvironmentSpec environment, IReadOnlyList<AlertConditionInstance> conditions)
    {
        var lines = new List<string> { alert.Runbook, StepLine(alert, environment), $"Detects {DetectionTime.Of(alert, environment).Text}." };
        var route = AlertRouting.For(alert, environment.Observability);
        if (route.Waiting.Count > 0)
        {
            lines.Add($"Not yet sent to {string.Join(", ", route.Waiting.Select(c => c.Name))}: its key is not added (README, Observability).");
        }

        lines.Add(string.Join(" ", conditions.Select(c => c.Note)));
        return string.Join("\n\n", lines);
    }
}
