namespace Netra.Infra.Transitions;

/// <summary>
/// A one-time step a runbook step waits for (its `after`), whether the environment file holds its values, and the
/// command that shows what making it changes.
/// </summary>
public sealed record TransitionPrecondition(string Step, bool Done, string Command)
{
    /// <summary>`one-time step grow-primary, not done`, the same words in the plan, the runbook and a refusal.</summary>
    public string Text => $"one-time step {Step}, {(Done ? "done" : "not done")}";
}
