namespace Netra.Infra.Cli;

/// <summary>
/// The `pulumi` command that started this compiler run: its verb, so that a refusal can print the command the user
/// meant (`up`, `preview`, …); its arguments, to refuse flags that undo what Pulumi.yaml asks for; and which engine
/// variables the operator's shell exported, since those silently replace the engine's own. Every answer is null when
/// it cannot be known (no `pulumi` among the ancestors, another OS, /proc unreadable): unknown never refuses.
/// </summary>
public interface IPulumiCommandLine
{
    /// <summary>`up`, `preview`, `refresh`, `destroy`, `import`…, or null when it cannot be known.</summary>
    string? Verb();

    /// <summary>Every argument after the program name, as the operator wrote them; null when they cannot be known.</summary>
    IReadOnlyList<string>? Arguments();

    /// <summary>
    /// Whether the environment the CLI was started with (the operator's shell) sets <paramref name="variable"/>, even to
    /// an empty value; null when it cannot be known. Only names are looked at: a value, such as a PULUMI_CONFIG holding
    /// decrypted secrets, is never read.
    /// </summary>
    bool? OperatorExports(string variable);
}
