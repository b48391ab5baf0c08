using Netra.Infra.Config;
using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// What a page says: the runbook text, the command of the step it leads to (the one `switch` a step), how late it may
/// come, and who it does not reach yet. The same words go into docs/runbook.md's "When an alert fires" table.
/// </summary>
public static class AlertDocumentation
{
    public static string StepLine(AlertSpec alert, EnvironmentSpec environment) => alert.Step is { } step
        ? $"Runbook step {step.From} → {step.To}: `{StepCommand(alert, environment)}` (docs/runbook.md)."
        : "Runbook: docs/runbook.md, \"When an alert fires\".";

    /// <summary>`bin/netra-infra switch --stack staging --to emergency`, or null without a step.</summary>
    public static string? StepCommand(AlertSpec alert, EnvironmentSpec environment) =>
        alert.Step is { } step && environment.Profiles.TryGetValue(step.To, out var to)
            ? ProfileFiles.SwitchCommand(environment.Name, step.To, RunTimeRevisions.PinnedRoles(to).Count > 0)
            : null;

    /// <summary>One line for the program's comment and the plan's inventory: `ERROR, detects within 7 min: above 0.9`.</summary>
    public static string Summary(AlertSpec alert, EnvironmentSpec environment, IReadOnlyList<AlertConditionInstance> conditions)
    {
        var detection = DetectionTime.Of(alert, environment).Seconds is { } seconds ? $"detects within {Timing.Durations.Text(seconds)}" : "no bound on detection";
        var first = conditions.Count > 0 ? conditions[0] : null;
        var what = alert.Condition switch
        {
            AlertCondition.LogMatch => "each matching log entry",
            AlertCondition.PromQl => "while its query returns a series",
            AlertCondition.ConnectorReachedMaximum => "a connector reaching its maximum instances",
            AlertCondition.ConnectorThroughput => $"a connector's traffic above {(alert.Threshold ?? 0) * 100:0.#}% of its ceiling",
            _ => $"{(alert.Comparison == "COMPARISON_LT" ? "below" : "above")} {first?.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(alert.MinimumDenominator is { } minimum ? $", with at least {minimum} requests" : "")}",
        };
        return $"{alert.Severity}, {detection}: {what}.";
    }

    public static string Content(AlertSpec alert, EnvironmentSpec environment, IReadOnlyList<AlertConditionInstance> conditions)
    {
        var lines = new List<string> { alert.Runbook, StepLine(alert, environment), $"Detects {DetectionTime.Of(alert, environment).Text}." };
        var route = AlertRouting.For(alert, environment.Observability);
        if (route.Waiting.Count > 0)
        {
            lines.Add($"Not yet sent to {string.Join(", ", route.Waiting.Select(c => c.Name))}: its key is not added (docs/observability.md).");
        }

        lines.Add(string.Join(" ", conditions.Select(c => c.Note)));
        return string.Join("\n\n", lines);
    }
}
