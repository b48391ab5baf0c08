namespace Netra.Infra.Switch;

/// <summary>A tool the switch runs (`pulumi`, `gcloud`) is not on PATH: nothing ran, and the message says what to install.</summary>
public sealed class ToolNotFoundException(string tool, string path)
    : Exception($"{tool} is not on PATH ({(path.Length == 0 ? "PATH is empty" : path)}): install it, or put it on PATH, and run the same command again; nothing was changed");
