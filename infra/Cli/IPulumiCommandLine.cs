namespace Netra.Infra.Cli;

/// <summary>The `pulumi` command that started this compiler run, so that a refusal can print the command the
/// user meant with the same verb (`up`, `preview`, …).</summary>
public interface IPulumiCommandLine
{
    /// <summary>`up`, `preview`, `refresh`, `destroy`, `import`…, or null when it cannot be known.</summary>
    string? Verb();
}
