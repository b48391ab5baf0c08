namespace Netra.Infra.Cli;

/// <summary>One exit code as a command's help explains it (the numbers are <see cref="Diagnostics.ExitCodes"/>).</summary>
public sealed record ExitCodeMeaning(int Code, string Meaning);
