namespace Netra.Infra.Switch;

/// <summary>One `switch` as asked: the stack, the profile to go to, the revisions a pinning step names, whether to
/// run without asking, whether to stop after the comparison, and whether that dry run exits
/// <see cref="SwitchExitCodes.Changes"/> when the step would change staging.</summary>
public sealed record SwitchOptions(string Root, string Stack, string To, string? Revisions, bool Yes, bool DryRun, bool DetailedExitCode = false);
