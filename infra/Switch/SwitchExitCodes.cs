namespace Netra.Infra.Switch;

/// <summary>
/// What `switch` exits with, so a script (or the break-glass workflow) can tell "nothing changed" from "staging may
/// have changed". docs/runbook.md, lists them.
/// </summary>
public static class SwitchExitCodes
{
    /// <summary>The step ran and staging is confirmed in the new profile; with --dry-run, the preview matches the plan.
    /// Also: staging is already in that profile (nothing ran).</summary>
    public const int Done = 0;

    /// <summary>Refused before any change: a usage error, invalid data, a step the runbook does not offer from where the
    /// stack is, a preview that differs from the plan, a connection budget exceeded, no confirmation.</summary>
    public const int Refused = 1;

    /// <summary>A bug in netra-infra (the trace with NETRA_DEBUG=1).</summary>
    public const int InternalError = 2;

    /// <summary>pulumi or gcloud is missing or failed before the update: nothing changed.</summary>
    public const int ToolFailed = 3;

    /// <summary>The update failed, or ran and its outcome could not be confirmed: staging may be between profiles; the
    /// message says what to look at.</summary>
    public const int NotConfirmed = 4;
}
