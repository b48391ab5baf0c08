using Netra.Infra.Config;

namespace Netra.Infra.Cli;

/// <summary>
/// Everything one compilation reads, whether the engine started us (from `PULUMI_*` variables) or a person
/// ran `emit` (from the same files the engine would use). <see cref="Stack"/> null means plugin discovery.
/// <see cref="RunTimeRevisions"/>: the revisions named for this run (NETRA_ROLLBACK_REVISIONS); <see cref="PlanOnly"/>:
/// an offline plan, which may leave a run-time pin unnamed.
/// </summary>
public sealed record CompilerRequest(
    string Root,
    string? Stack,
    string? Project,
    StackConfiguration? Configuration,
    Func<string, string, string> CommandFor,
    string? RunTimeRevisions = null,
    bool PlanOnly = false);
