using Netra.Infra.Diagnostics;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// A profile written as `extends: normal` inherits normal's mistakes too; the same finding reported again under
/// the derived profile (same code, same text but for the profile's name) adds nothing, so it is dropped.
/// Findings that differ, because the derived profile's own changes cause them, stay.
/// </summary>
public static class InheritedFindings
{
    public static IReadOnlyList<Diagnostic> WithoutRepeats(IReadOnlyList<Diagnostic> diagnostics, EnvironmentSpec environment)
    {
        var seen = diagnostics.Select(Key).ToHashSet();
        return diagnostics.Where(d => !IsRepeat(d)).ToList();

        bool IsRepeat(Diagnostic diagnostic)
        {
            foreach (var profile in environment.Profiles.Values.Where(p => p.Extends is not null))
            {
                var prefix = $"profiles.{profile.Name}.";
                if (diagnostic.File == environment.File.DisplayName && diagnostic.KeyPath.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var inBase = diagnostic with
                    {
                        KeyPath = $"profiles.{profile.Extends}.{diagnostic.KeyPath[prefix.Length..]}",
                        Message = diagnostic.Message.Replace($"'{profile.Name}'", $"'{profile.Extends}'", StringComparison.Ordinal),
                    };
                    return seen.Contains(Key(inBase));
                }
            }

            return false;
        }
    }

    private static string Key(Diagnostic d) => $"{d.Severity}|{d.Code}|{d.File}|{d.KeyPath}|{d.Message}";
}
