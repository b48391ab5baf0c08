namespace Netra.Infra.Cli;

/// <summary>One example in a command's help: what it is for, then the command as it is pasted.</summary>
public sealed record HelpExample(string Purpose, string Command);
