using System.Text.Json;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Cli;

/// <summary>
/// Writes diagnostics for people (one line each, the first <see cref="InputLimits.MaxShownDiagnostics"/>, then the count
/// of the rest) or for machines (`--diagnostics-format json`, every finding kept in memory, and the count of the rest).
/// </summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, bool json)
    {
        if (json)
        {
            writer.WriteLine(Json(diagnostics));
            return;
        }

        foreach (var diagnostic in diagnostics.Take(InputLimits.MaxShownDiagnostics))
        {
            writer.WriteLine(diagnostic.ToString());
        }

        var hidden = diagnostics.Skip(InputLimits.MaxShownDiagnostics).Sum(d => d.Represents);
        if (hidden > 0)
        {
            writer.WriteLine($"netra-infra: {hidden:N0} more finding(s) not shown.");
        }

        var errors = diagnostics.Where(d => d.IsError).Sum(d => d.Represents);
        if (errors > 0)
        {
            writer.WriteLine($"netra-infra: {errors:N0} error(s); nothing was emitted.");
        }
    }

    /// <summary>Written field by field (no reflection), so the program can be compiled ahead of time.</summary>
    private static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("file", d.File);
                json.WriteString("key", d.KeyPath);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
