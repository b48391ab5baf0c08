namespace Netra.Infra.Diagnostics;

/// <summary>
/// What netra-infra exits with: one number, one meaning, on every command, so that a script (CI, the break-glass
/// workflow, a shell loop at 3 a.m.) tells "done" from "refused" from "a bug" from "would change something" without
/// reading the text. Each command's help lists the ones it returns (CommandManual); docs/diagnostics.md, "Exit codes",
/// has the whole table, and a test keeps the two alike.
/// </summary>
public static class ExitCodes
{
    /// <summary>Done; with <c>--detailed-exitcode</c>, also: nothing would change.</summary>
    public const int Success = 0;

    /// <summary>Refused before any change: a usage error, invalid data, a precondition not met. The message says what to
    /// run instead.</summary>
    public const int Refused = 1;

    /// <summary>A bug in netra-infra (the trace with NETRA_DEBUG=1), never the user's input.</summary>
    public const int InternalError = 2;

    /// <summary>`switch`, `adopt`: pulumi or gcloud is missing or failed before the update, so nothing changed.</summary>
    public const int ToolFailed = 3;

    /// <summary>`switch`, `adopt`: the update failed, or ran and its outcome could not be confirmed.</summary>
    public const int NotConfirmed = 4;

    /// <summary>
    /// With <c>--detailed-exitcode</c> (`plan` of a switch or a step, `switch --dry-run`): it would change something.
    /// Terraform's `plan -detailed-exitcode` says this with 2
    /// (https://developer.hashicorp.com/terraform/cli/commands/plan#detailed-exitcode), but our 2 is a bug, and a
    /// script must never read a bug as "changes pending"; 3 and 4 are switch's, so the next free number.
    /// </summary>
    public const int Changes = 5;

    /// <summary>The exit of a command run with <c>--detailed-exitcode</c> once it has done its work.</summary>
    public static int Detailed(bool changes) => changes ? Changes : Success;
}
