namespace Netra.Infra.Diagnostics;

/// <summary>Thrown when validation found errors: nothing may be emitted after it.</summary>
public sealed class ConfigurationRejectedException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"configuration rejected with {diagnostics.Count(d => d.IsError)} error(s)")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
