using Netra.Infra.Capacity;
using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Plan;

/// <summary>
/// The first screen of `plan --stack staging`: the profile, its capacity, the runbook's steps from it with their relief,
/// its cost, its alerts, and how many values are still unconfirmed, each with the command that shows more. The full
/// inventory is behind `--inventory`, so the person on call reads the state of things, not 1,900 lines of fields.
/// </summary>
public static class ProfileSummary
{
    public static string Text(string root, EnvironmentSpec environment, ProfileSpec profile, ProgramDeclaration program, PriceTable? prices, TextLayout layout)
    {
        var stack = environment.Name;
        var cost = prices is null ? "not priced" : CostModel.For(environment, profile, prices).Range;
        var text = new System.Text.StringBuilder();
        text.Append(layout.Paragraph($"{stack} {profile.Name}: {program.Resources.Count} resources; {cost}."));
        text.Append(layout.Paragraph(profile.Description, 2, 2));
        text.Append("\nCapacity:\n");
        foreach (var (role, connector) in profile.Connectors)
        {
            text.Append(layout.Paragraph($"* connector {role} ({environment.Connectors[role].Name}): {connector.MinInstances}..{connector.MaxInstances} × {connector.MachineType}", 2, 4));
        }

        foreach (var (role, service) in profile.Services)
        {
            var route = service.Connector is { } c ? $"connector {c}" : service.DirectEgress ? "direct egress" : "no VPC route";
            var traffic = service.Traffic.Any(t => t.NamedAtRunTime) ? "pinned to a revision named at run time" : "its latest revision";
            text.Append(layout.Paragraph($"* {role} ({environment.Services[role].Name}): {service.MinInstances}..{service.MaxInstances} × {service.Cpu} vCPU, {service.Memory}; {route}; serves {traffic}", 2, 4));
        }

        text.Append(layout.Paragraph($"* database ({environment.Database.Name}): {ConnectionBudget.For(environment, profile).Summary}", 2, 4));
        var steps = environment.Transitions.Where(t => t.From == profile.Name).ToList();
        if (steps.Count > 0)
        {
            text.Append('\n').Append(layout.Paragraph($"Steps from here (`bin/netra-infra plan --stack {stack} --from {profile.Name} --to <profile>` shows one in full):"));
            foreach (var step in steps)
            {
                var planned = SwitchPlanner.Build(root, environment, step.From, step.To, null).Steps.Single();
                var budget = step.ReliefBudgetSeconds is { } b ? $" (budget {Timing.Durations.Text(b)})" : "";
                text.Append(layout.Paragraph($"* → {step.To}{(step.Incident ? ", incident step" : "")}: relief in up to {Timing.Durations.Text(planned.Timing.Relief.Seconds)}{budget}", 2, 4));
                text.Append(layout.Command(planned.Command, 4, "$ "));
            }
        }

        var alerts = environment.Observability.Alerts.Values.GroupBy(a => a.Severity).Select(g => $"{g.Count()} {g.Key}");
        text.Append('\n').Append(layout.Paragraph($"Alerts: {string.Join(", ", alerts)} (`bin/netra-infra runbook --stack {stack} --format text` says what each asks for)."));
        text.Append(layout.Paragraph($"UNCONFIRMED: {environment.Inferred.Count} value(s) of {environment.File.DisplayName} are inferred, to confirm on the live environment before the first `pulumi up`."));
        text.Append(layout.Paragraph("Each with its command, then every resource and field:")).Append(layout.Command($"bin/netra-infra plan --stack {stack}{(profile.Name == "normal" ? "" : $" --profile {profile.Name}")} --inventory", 2, "$ "));
        return text.ToString();
    }
}
