using System.Text.Json;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Cli;

/// <summary>Writes diagnostics for people (one line each) or for machines (`--diagnostics-format json`).</summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, bool json)
    {
        if (json)
        {
            var items = diagnostics.Select(d => new
            {
                severity = d.Severity == Severity.Error ? "error" : "warning",
                code = d.Code,
                file = d.File,
                key = d.KeyPath,
                message = d.Message,
            });
            writer.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            writer.WriteLine($"netra-infra: {errors} error(s); nothing was emitted.");
        }
    }
}
