using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Transitions;

namespace Netra.Infra.Validation;

/// <summary>
/// The runbook's steps: each between two profiles, each safe in one `pulumi up` (no service leaves a connector the
/// step deletes, no connector shrinks), and every profile reachable from the steady one and back.
/// </summary>
public static class TransitionRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < environment.Transitions.Count; i++)
        {
            var (transition, path) = (environment.Transitions[i], $"transitions[{i}]");
            var from = Profile(context, $"{path}.from", transition.From);
            var to = Profile(context, $"{path}.to", transition.To);
            if (transition.ReliefBudgetSeconds is { } budget)
            {
                StepRules.CheckBudget(context, $"{path}.reliefBudgetSeconds", budget);
            }

            if (transition.From == transition.To)
            {
                context.Error(DiagnosticCodes.TransitionProfile, $"{path}.to", $"'{transition.To}' is also the step's 'from': a step changes the profile");
                continue;
            }

            if (!seen.Add((transition.From, transition.To)))
            {
                context.Error(DiagnosticCodes.TransitionProfile, path, $"{transition.From} → {transition.To} is listed twice");
            }

            if (from is null || to is null || IsBroken(context, from) || IsBroken(context, to))
            {
                continue;
            }

            foreach (var hazard in TransitionHazards.Between(environment, from, to))
            {
                var code = hazard.Kind == TransitionHazardKind.LeavesDeletedConnector
                    ? DiagnosticCodes.TransitionLeavesDeletedConnector
                    : DiagnosticCodes.TransitionReplacesConnector;
                context.Error(code, path, $"{transition.From} → {transition.To}: {hazard.Message}");
            }
        }

        CheckWayBack(context);
    }

    /// <summary>In an incident, every profile must be one the runbook leads into from normal and out of, back to it.</summary>
    private static void CheckWayBack(ValidationContext context)
    {
        var environment = context.Environment;
        if (!environment.Profiles.ContainsKey(EnvironmentSpec.SteadyProfile))
        {
            return;
        }

        foreach (var profile in environment.Profiles.Keys.Where(p => p != EnvironmentSpec.SteadyProfile).Order(StringComparer.Ordinal))
        {
            var missing = new List<string>();
            if (TransitionRoutes.Find(environment.Transitions, EnvironmentSpec.SteadyProfile, profile) is null)
            {
                missing.Add($"no way into it from {EnvironmentSpec.SteadyProfile}");
            }

            if (TransitionRoutes.Find(environment.Transitions, profile, EnvironmentSpec.SteadyProfile) is null)
            {
                missing.Add($"no way back to {EnvironmentSpec.SteadyProfile}");
            }

            if (missing.Count > 0)
            {
                context.Error(DiagnosticCodes.ProfileWithoutWayBack, $"profiles.{profile}",
                    $"the transitions give {string.Join(" and ", missing)}: add the steps to transitions, so the runbook can say how to get there and how to go back");
            }
        }
    }

    private static ProfileSpec? Profile(ValidationContext context, string path, string name)
    {
        if (context.Environment.Profiles.TryGetValue(name, out var profile))
        {
            return profile;
        }

        context.Error(DiagnosticCodes.TransitionProfile, path,
            $"no profile '{name}' (profiles: {string.Join(", ", context.Environment.Profiles.Keys.Order(StringComparer.Ordinal))})");
        return null;
    }

    private static bool IsBroken(ValidationContext context, ProfileSpec profile) =>
        profile.Services.Keys.Any(s => context.IsBroken($"profiles.{profile.Name}.services.{s}"))
        || profile.Connectors.Keys.Any(c => context.IsBroken($"profiles.{profile.Name}.connectors.{c}"))
        || context.HasErrorsUnder($"profiles.{profile.Name}.connectors")
        || context.HasErrorsUnder($"profiles.{profile.Name}.services");
}
