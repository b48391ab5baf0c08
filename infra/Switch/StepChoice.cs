using Netra.Infra.Model;
using Netra.Infra.Transitions;

namespace Netra.Infra.Switch;

/// <summary>
/// Which runbook step a switch is, from where the stack is: exactly one declared transition from its profile to the
/// one asked for. Anything else is refused, with the route the transitions do offer, each step as the switch command
/// that runs it: a switch never takes two steps at once, since each step's comparison and budget are its own.
/// </summary>
public static class StepChoice
{
    public sealed record Choice(TransitionSpec? Step, string? Refusal, bool AlreadyThere = false);

    public static Choice Of(EnvironmentSpec environment, string current, string target, Func<string, string> switchCommand)
    {
        if (!environment.Profiles.ContainsKey(current))
        {
            return new Choice(null, $"the stack is in profile '{current}', which {environment.File.DisplayName} does not have (profiles: {string.Join(", ", environment.Profiles.Keys)}): it was last updated by another version of this program; look at `pulumi stack history --stack {environment.Name}`");
        }

        if (current == target)
        {
            return new Choice(null, null, AlreadyThere: true);
        }

        if (environment.Transitions.FirstOrDefault(t => t.From == current && t.To == target) is { } step)
        {
            return new Choice(step, null);
        }

        var route = TransitionRoutes.Find(environment.Transitions, current, target);
        var offered = environment.Transitions.Where(t => t.From == current).Select(t => t.To).ToList();
        var from = offered.Count == 0 ? "" : $"; from {current} the runbook offers: {string.Join(", ", offered)}";
        return new Choice(null, route is null
            ? $"staging is in {current}, and no runbook steps lead from {current} to {target}{from}"
            : $"staging is in {current}, and the runbook has no single step {current} → {target}; its route is {route.Count} steps, each run on its own once the one before has done its work: {string.Join("; then ", route.Select(s => switchCommand(s.To)))}");
    }
}
