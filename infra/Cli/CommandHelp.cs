namespace Netra.Infra.Cli;

/// <summary>
/// What a command's help says beyond its options: the long explanation (the command list shows only the one-line
/// description), a few examples to paste, and the exit codes it returns.
/// </summary>
public sealed record CommandHelp(string? Details, IReadOnlyList<HelpExample> Examples, IReadOnlyList<ExitCodeMeaning> ExitCodes);
