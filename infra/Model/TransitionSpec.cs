namespace Netra.Infra.Model;

/// <summary>
/// One step the runbook offers between two profiles, and when to take it. Every step is checked at load (no
/// service leaves a connector the same step deletes); the runbook and the plan's routes are built from them.
/// An <see cref="Incident"/> step is taken during an outage: it may change capacity and routing only, and its
/// relief must come within <see cref="ReliefBudgetSeconds"/>. Incident steps from one profile that name the same
/// <see cref="Relieves"/> are routes out of the same outage: the plan and the runbook show them side by side.
/// <see cref="After"/> names a one-time step that must be done before this step is taken (recovery waits for the
/// grown primary, so it never returns the backend to the connector that saturated); never on an incident step.
/// </summary>
public sealed record TransitionSpec(string From, string To, string When, bool Incident = false, int? ReliefBudgetSeconds = null, string? Relieves = null, string? After = null);
