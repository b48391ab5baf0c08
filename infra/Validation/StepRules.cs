using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Timing;

namespace Netra.Infra.Validation;

/// <summary>
/// The runbook's steps judged on what their `up` would do, from the same analysis the plan prints: the database
/// connections at each step's worst moment, and for an incident step, that it changes capacity and routing only and
/// brings relief within its budget. The programs are built from valid data only, so these run after every other rule
/// has passed.
/// </summary>
public static class StepRules
{
    public static void Check(ValidationContext context)
    {
        if (context.Diagnostics.HasErrors)
        {
            return;
        }

        var environment = context.Environment;
        var programs = new ProgramCache(environment);
        for (var i = 0; i < environment.Transitions.Count; i++)
        {
            var transition = environment.Transitions[i];
            var (from, to) = (environment.Profiles[transition.From], environment.Profiles[transition.To]);
            var draining = transition.Incident ? Capacity.DrainingRevisions.Before(environment, transition.From, programs.Of) : null;
            CheckStep(context, i, transition, StepAnalysis.Of(environment, from, to, programs.Of(from), programs.Of(to), draining));
        }
    }

    /// <summary>One runbook step (transitions[<paramref name="index"/>]) judged on its analysis.</summary>
    public static void CheckStep(ValidationContext context, int index, TransitionSpec transition, StepAnalysis step)
    {
        var (path, label) = ($"transitions[{index}]", $"{transition.From} → {transition.To}");
        if (!step.Connections.Fits)
        {
            context.Error(DiagnosticCodes.SwitchConnectionBudget, path,
                $"{label}: at its worst moment the old and new revisions both hold their pools (and, after another incident step, the revision it left draining): {step.Connections.Summary}; " +
                "lower the pools or maxInstances of the services that change revision, so that all of them fit beside everything else");
        }

        if (!transition.Incident)
        {
            return;
        }

        foreach (var (resource, changes) in IncidentScope.Violations(step.Changes))
        {
            context.Error(DiagnosticCodes.IncidentStepChange, path,
                $"{label} is an incident step, which changes {IncidentScope.Allowed} only; it would change {resource}: {string.Join(", ", changes)}. " +
                "Make that change outside an incident (in every profile, applied beforehand), or do not mark this step incident");
        }

        var relief = step.Timing.Relief;
        if (transition.ReliefBudgetSeconds is { } budget && relief.Within(budget) is { Fits: false } over)
        {
            context.Error(DiagnosticCodes.ReliefOverBudget, $"{path}.reliefBudgetSeconds",
                $"{label} must bring relief within {Durations.Text(budget)}, but may take {Durations.Text(relief.Seconds)}: {relief.Text}. " +
                $"It breaks on {over.Breaker?.Text ?? relief.Engine.Text}: {Remedy(over.Breaker)}");
        }
    }

    private static string Remedy(PathStep? breaker) => breaker?.Operation switch
    {
        null => "Pulumi's own work alone takes longer; measure it (allowances.engine) and give the step a budget it can meet",
        { UntilEffective: null } => "it has no documented bound, so it cannot be on an incident's relief path",
        { Role: OperationRole.Serves } => "shorten the service's startup window (period × failureThreshold), or measure the allowances it counts",
        _ => "nothing on the relief path may be created, replaced or resized: let that capacity exist, at that size, in every profile before the incident",
    };

    /// <summary>The budget itself must be a sane number (checked with the other transition rules).</summary>
    public static void CheckBudget(ValidationContext context, string path, int budget) =>
        context.InRange(DiagnosticCodes.TransitionProfile, path, budget, TimingLimits.ReliefBudgetSeconds, "a relief budget in seconds");
}
