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
