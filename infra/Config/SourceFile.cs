namespace Netra.Infra.Config;

/// <summary>
/// A file of ours as the user names it in errors (`stacks/staging.yaml`), with its absolute location on disk.
/// </summary>
public sealed record SourceFile(string DisplayName, string FullPath);
