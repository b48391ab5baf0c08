using Netra.Infra.Model;
using Netra.Infra.Observability;

namespace Netra.Infra.Plan;

/// <summary>
/// One alert as the plan shows it in a profile: where it goes (and what waits for a key), how soon it arrives at worst,
/// the budget a CRITICAL alert is held to, and the step's command. Text, markdown and JSON render the same view.
/// </summary>
public sealed record AlertView(
    string Name,
    AlertSpec Alert,
    Detection Detection,
    AlertBudget.Budget? Budget,
    string? StepCommand,
    AlertRouting.Route Route,
    IReadOnlyList<AlertConditionInstance> Conditions)
{
    public static IReadOnlyList<AlertView> Of(EnvironmentSpec environment, ProfileSpec profile) =>
        environment.Observability.Alerts.Values.Select(a => new AlertView(
            a.Name,
            a,
            DetectionTime.Of(a, environment),
            a.Severity == "CRITICAL" ? AlertBudget.For(a, environment) : null,
            AlertDocumentation.StepCommand(a, environment),
            AlertRouting.For(a, environment.Observability),
            AlertConditions.For(a, environment, profile))).ToList();

    /// <summary>The channels that wait for a key, and the command that adds it, once each.</summary>
    public static IReadOnlyList<(ChannelSpec Channel, string AddKey)> Waiting(EnvironmentSpec environment) =>
        environment.Observability.Channels.Values.Where(c => !c.Declared)
            .Select(c => (c, string.Join(" && ", c.SensitiveLabels.Values.Where(k => !k.Added).Select(k =>
                $"gcloud secrets versions add {k.Secret} --data-file=- --project {environment.Location.Project}"))))
            .ToList();
}
