using Netra.Infra.Model;

namespace Netra.Infra.Observability;

/// <summary>
/// How soon a CRITICAL alert must reach the person on call: within the relief budget of the runbook step it points to
/// (its `step:`, that transition's reliefBudgetSeconds), since the step can relieve no sooner than the person knows; an
/// alert without an incident step is held to the shortest budget the runbook works to.
/// </summary>
public static class AlertBudget
{
    public sealed record Budget(int Seconds, string Source);

    public static Budget? For(AlertSpec alert, EnvironmentSpec environment)
    {
        var transitions = environment.Transitions.Select((t, i) => (Transition: t, Index: i)).ToList();
        if (alert.Step is { } step && transitions.FirstOrDefault(t => t.Transition.From == step.From && t.Transition.To == step.To) is { Transition.ReliefBudgetSeconds: { } own } found)
        {
            return new Budget(own, $"the relief budget of its step {step.From} → {step.To} (transitions[{found.Index}].reliefBudgetSeconds)");
        }

        var shortest = transitions.Where(t => t.Transition.ReliefBudgetSeconds is not null).MinBy(t => t.Transition.ReliefBudgetSeconds);
        return shortest.Transition is { ReliefBudgetSeconds: { } seconds } least
            ? new Budget(seconds, $"the shortest relief budget of the runbook, {least.From} → {least.To}'s (transitions[{shortest.Index}].reliefBudgetSeconds), as its step has none")
            : null;
    }
}
