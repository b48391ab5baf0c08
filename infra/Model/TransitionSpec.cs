namespace Netra.Infra.Model;

/// <summary>
/// One step the runbook offers between two profiles, and when to take it. Every step is checked at load (no
/// service leaves a connector the same step deletes); the runbook and the plan's routes are built from them.
/// </summary>
public sealed record TransitionSpec(string From, string To, string When);
