using Netra.Infra.Model;

namespace Netra.Infra.Transitions;

/// <summary>
/// What a runbook step waits for before it is taken: the one-time step its `after` names, done when the environment
/// file holds every value it sets (<see cref="OneTimeStep.Done"/>). Pure, so the plan, the runbook and the `switch`
/// command, which refuses a step whose preconditions are unmet, judge it alike and without planning anything.
/// </summary>
public static class TransitionPreconditions
{
    /// <summary>Every precondition of <paramref name="transition"/>, met or not.</summary>
    public static IReadOnlyList<TransitionPrecondition> Of(EnvironmentSpec environment, TransitionSpec transition)
    {
        if (transition.After is not { } name)
        {
            return [];
        }

        // A name that is not a step (refused at load, NETRA708) is never met: a refusal errs on the side of not acting.
        var step = environment.OneTimeSteps.FirstOrDefault(s => s.Name == name);
        return [new TransitionPrecondition(name, step?.Done ?? false, ShowCommand(environment.Name, name))];
    }

    /// <summary>The one-time steps still to make before <paramref name="transition"/> may be taken, each with the
    /// command that shows it; empty when the step may be taken.</summary>
    public static IReadOnlyList<TransitionPrecondition> Unmet(EnvironmentSpec environment, TransitionSpec transition) =>
        Of(environment, transition).Where(p => !p.Done).ToList();

    /// <summary>`bin/netra-infra plan --stack staging --step grow-primary`: what making the step changes, offline.</summary>
    public static string ShowCommand(string environment, string step) => $"bin/netra-infra plan --stack {environment} --step {step}";
}
