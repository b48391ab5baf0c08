using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.Infra.Cost;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Plan;

/// <summary>
/// A profile's plan for machines (`plan --profile <p> --format json`): the values still to confirm, the alerts (each with
/// its severity, channels, `detectionSeconds` and the parts it sums, null with the reason when nothing bounds it, and a
/// CRITICAL alert's budget), the channels and uptime checks, and the cost. Built node by node, as PlanJson is, so the
/// program can be compiled ahead of time.
/// </summary>
public static class ProfileJson
{
    public static string Render(EnvironmentSpec environment, ProfileSpec profile, ProfileCost? cost)
    {
        var head = new JsonObject { ["environment"] = environment.Name, ["profile"] = profile.Name, ["unconfirmed"] = PlanJson.Unconfirmed(environment) };
        return PlanJson.Joined(head, Node(environment, profile, cost)).ToJsonString(PlanJson.Indented) + "\n";
    }

    /// <summary>The profile's alerts, channels, checks and cost, without the environment's unconfirmed values.</summary>
    internal static JsonObject Node(EnvironmentSpec environment, ProfileSpec profile, ProfileCost? cost)
    {
        var observability = environment.Observability;
        return new JsonObject
        {
            ["alerts"] = PlanJson.Array(AlertView.Of(environment, profile), Alert),
            ["channels"] = PlanJson.Array(observability.Channels.Values, c => new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = c.Type,
                ["declared"] = c.Declared,
                ["pages"] = NotificationChannelTypes.Of(c.Type)?.Pages ?? false,
                ["existing"] = c.Existing,
                ["severities"] = PlanJson.Array(observability.Notify.Where(n => n.Value.Contains(c.Name)).Select(n => n.Key), s => JsonValue.Create(s)),
            }),
            ["uptimeChecks"] = observability.UptimeChecks is { } checks
                ? PlanJson.Array(checks.Paths, p => new JsonObject
                {
                    ["url"] = $"https://{p.Key}{p.Value}",
                    ["periodSeconds"] = checks.PeriodSeconds,
                    ["timeoutSeconds"] = checks.TimeoutSeconds,
                    ["checkers"] = PlanJson.Array(UptimeCheckLimits.CheckersOf(checks.Regions), c => JsonValue.Create(c)),
                })
                : new JsonArray(),
            ["cost"] = cost is null ? null : PlanJson.Cost(cost),
        };
    }

    private static JsonObject Alert(AlertView view) => new()
    {
        ["name"] = view.Name,
        ["displayName"] = view.Alert.DisplayName,
        ["severity"] = view.Alert.Severity,
        ["detectionSeconds"] = view.Detection.Seconds,
        ["detection"] = new JsonObject
        {
            ["parts"] = PlanJson.Array(view.Detection.Parts, p => new JsonObject { ["what"] = p.What, ["seconds"] = p.Seconds, ["source"] = p.Source }),
            ["noBound"] = view.Detection.NoBound,
            ["unconfirmedMetrics"] = PlanJson.Array(view.Detection.Unconfirmed, m => new JsonObject { ["metric"] = m.Metric, ["confirm"] = m.Confirm }),
        },
        ["budgetSeconds"] = view.Budget?.Seconds,
        ["budgetSource"] = view.Budget?.Source,
        ["step"] = view.Alert.Step is { } step ? $"{step.From} → {step.To}" : null,
        ["command"] = view.StepCommand,
        ["channels"] = PlanJson.Array(view.Route.Declared, c => JsonValue.Create(c.Name)),
        ["waitingChannels"] = PlanJson.Array(view.Route.Waiting, c => JsonValue.Create(c.Name)),
        ["conditions"] = PlanJson.Array(view.Conditions, c => new JsonObject { ["displayName"] = c.DisplayName, ["note"] = c.Note }),
    };
}
