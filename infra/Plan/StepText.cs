using Netra.Infra.Timing;
using Netra.Infra.Transitions;

namespace Netra.Infra.Plan;

/// <summary>
/// The sentences about a step's timing and connections that the text and markdown plans and the runbook share, so
/// the three say the same thing in the same words.
/// </summary>
public static class StepText
{
    /// <summary>`up to 4 min 15 s (incident budget 5 min): Pulumi's refreshes and preview 45 s (inferred) → …`, or why
    /// nothing is relieved.</summary>
    public static string Relief(PlanStep step)
    {
        if (!step.Timing.ChangesServing)
        {
            return "none needed: no service serves differently after this step (it prepares or cleans up only)";
        }

        var relief = step.Timing.Relief;
        var budget = step.Transition?.ReliefBudgetSeconds is { } seconds ? $" (incident budget {Durations.Text(seconds)})" : "";
        return $"up to {Durations.Text(relief.Seconds)}{budget}: {relief.Text}";
    }

    /// <summary>`in up to 4 min 15 s`, or why there is none to wait for: the bound alone, for comparing routes.</summary>
    public static string ReliefBound(PlanStep step) => !step.Timing.ChangesServing
        ? "none needed"
        : $"in up to {Durations.Text(step.Timing.Relief.Seconds)}";

    /// <summary>`up to 4 min 25 s` for the whole `up`, deletions and Pulumi's polling included.</summary>
    public static string Done(PlanStep step) => step.Timing.Whole.Seconds is { } seconds
        ? $"up to {Durations.Text(seconds)}"
        : $"no upper bound ({step.Timing.Whole.Steps.First(s => s.Seconds is null).Operation.Unbounded})";

    public static string Connections(PlanStep step) => step.Analysis.Connections.Summary;

    /// <summary>`one-time step grow-primary, not done — `bin/netra-infra plan …` shows it` (markdown), for the plan and
    /// the runbook alike.</summary>
    public static string Precondition(TransitionPrecondition precondition) =>
        precondition.Done ? precondition.Text : $"{precondition.Text} — `{precondition.Command}` shows it";

    /// <summary>` First: one-time step grow-primary, not done.` for a plan's summary; empty when nothing waits.</summary>
    public static string UnmetSummary(IEnumerable<PlanStep> steps)
    {
        var unmet = steps.SelectMany(s => s.Unmet).DistinctBy(p => p.Step).ToList();
        return unmet.Count == 0 ? "" : $" First: {string.Join("; ", unmet.Select(p => p.Text))}.";
    }

    /// <summary>The allowances the plan counted that nobody has measured yet, and how to measure each.</summary>
    public static string? Inferred(IEnumerable<PlanStep> steps)
    {
        var bounds = InferredBounds(steps);
        return bounds.Count == 0
            ? null
            : $"{InferredLead}: "
                + string.Join("; ", bounds.Select(b => $"{b.What} {Durations.Text(b.Seconds)} — {b.Source}")) + ".";
    }

    public const string InferredLead = "Inferred, not measured (the plan counts them; measure them on the live stack and update stacks/)";

    /// <summary>The inferred allowances the steps count, each once.</summary>
    public static IReadOnlyList<Bound> InferredBounds(IEnumerable<PlanStep> steps) =>
        steps.SelectMany(s => s.Timing.Operations.SelectMany(o => (o.UntilEffective ?? []).Concat(o.UntilSeen)).Prepend(s.Timing.Engine))
            .Where(b => b.Inferred)
            .DistinctBy(b => b.What)
            .ToList();
}
