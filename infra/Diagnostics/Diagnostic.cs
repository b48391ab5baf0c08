namespace Netra.Infra.Diagnostics;

/// <summary>
/// One finding about the input. Every error names the file, the key path, and says what is wrong and what is
/// allowed, so that a person under pressure can fix it without reading code.
/// </summary>
/// <param name="Represents">How many findings this line stands for: 1, or the count of those not kept (NETRA007).</param>
public sealed record Diagnostic(Severity Severity, string Code, string File, string KeyPath, string Message, int Represents = 1)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>`stacks/staging.yaml: error NETRA013: profiles.x.maxInstances: 20 is out of range …`.</summary>
    public override string ToString()
    {
        var level = Severity == Severity.Error ? "error" : "warning";
        var location = KeyPath.Length == 0 ? "" : KeyPath + ": ";
        return $"{File}: {level} {Code}: {location}{Message}";
    }
}
