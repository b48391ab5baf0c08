using Netra.Infra.Config;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Validation;

/// <summary>
/// A runbook step's `after` names a one-time step of the file, and never sits on an incident step: relief must never
/// wait for a pull request, so what an incident step needs is made beforehand (in every profile), and only the steps
/// back out of an incident may wait for it.
/// </summary>
public static class PreconditionRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        var steps = environment.OneTimeSteps.Select(s => s.Name).ToList();
        for (var i = 0; i < environment.Transitions.Count; i++)
        {
            var transition = environment.Transitions[i];
            if (transition.After is not { } name)
            {
                continue;
            }

            var path = $"transitions[{i}].after";
            if (!steps.Contains(name))
            {
                var near = Suggestions.Closest(name, steps) is { } closest ? $"did you mean '{closest}'? " : "";
                context.Error(DiagnosticCodes.OneTimeStep, path,
                    $"'{name}' is not a one-time step of {context.File}: {near}(steps: {(steps.Count == 0 ? "none" : string.Join(", ", steps))})");
            }

            if (transition.Incident)
            {
                context.Error(DiagnosticCodes.OneTimeStep, path,
                    $"{transition.From} → {transition.To} is an incident step, which must never wait for a one-time step (a pull request and an `up` of its own): make {name} before incidents, or wait for it in the step back out of the incident instead");
            }
        }
    }
}
