namespace Netra.Infra.Model;

/// <summary>
/// One step the runbook offers between two profiles, and when to take it. Every step is checked at load (no
/// service leaves a connector the same step deletes); the runbook and the plan's routes are built from them.
/// An <see cref="Incident"/> step is taken during an outage: it may change capacity and routing only, and its
/// relief must come within <see cref="ReliefBudgetSeconds"/>.
/// </summary>
public sealed record TransitionSpec(string From, string To, string When, bool Incident = false, int? ReliefBudgetSeconds = null);
