using Netra.Infra.Diagnostics;

namespace Netra.Infra.Switch;

/// <summary>
/// What `switch` exits with, so a script (or the break-glass workflow) can tell "nothing changed" from "staging may
/// have changed". The numbers are every command's (<see cref="ExitCodes"/>); these are their meanings for a switch.
/// `bin/netra-infra help switch` and docs/runbook.md list them.
/// </summary>
public static class SwitchExitCodes
{
    /// <summary>The step ran and staging is confirmed in the new profile; with --dry-run, the preview matches the plan
    /// (with --detailed-exitcode too, that is <see cref="Changes"/>). Also: staging is already in that profile (nothing
    /// ran).</summary>
    public const int Done = ExitCodes.Success;

    /// <summary>Refused before any change: a usage error, invalid data, a step the runbook does not offer from where the
    /// stack is, a preview that differs from the plan, a connection budget exceeded, no confirmation.</summary>
    public const int Refused = ExitCodes.Refused;

    /// <summary>A bug in netra-infra (the trace with NETRA_DEBUG=1).</summary>
    public const int InternalError = ExitCodes.InternalError;

    /// <summary>pulumi or gcloud is missing or failed before the update: nothing changed.</summary>
    public const int ToolFailed = ExitCodes.ToolFailed;

    /// <summary>The update failed, or ran and its outcome could not be confirmed: staging may be between profiles; the
    /// message says what to look at.</summary>
    public const int NotConfirmed = ExitCodes.NotConfirmed;

    /// <summary>With --dry-run --detailed-exitcode: the live preview matches the plan and the step would change staging
    /// (at least the stack's `profile` output, which an update of only already-made changes still records). Staging
    /// already in the profile is <see cref="Done"/>: nothing to do.</summary>
    public const int Changes = ExitCodes.Changes;
}
