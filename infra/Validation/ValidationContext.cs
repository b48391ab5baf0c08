using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>What every rule needs: the environment, where to report, and which items to skip.</summary>
public sealed class ValidationContext(LoadedEnvironment loaded, DiagnosticBag diagnostics)
{
    public EnvironmentSpec Environment => loaded.Spec;

    public string File => loaded.Spec.File.DisplayName;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public bool IsBroken(string keyPath) => loaded.IsBroken(keyPath);

    /// <summary>Whether an earlier rule already rejected something under this key path: rules that combine
    /// items (a step between two profiles) skip them rather than reason about values known to be wrong.</summary>
    public bool HasErrorsUnder(string keyPath) =>
        Diagnostics.Items.Any(d => d.Severity == Severity.Error && (d.KeyPath == keyPath || d.KeyPath.StartsWith(keyPath + ".", StringComparison.Ordinal)));

    public void Error(string code, string keyPath, string message) => Diagnostics.Error(code, File, keyPath, message);

    public void Warning(string code, string keyPath, string message) => Diagnostics.Warning(code, File, keyPath, message);

    public void InRange(string code, string keyPath, int value, Limits.IntRange range, string why)
    {
        if (!range.Contains(value))
        {
            Error(code, keyPath, $"{value} is out of range {range} ({why})");
        }
    }
}
