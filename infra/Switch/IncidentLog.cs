using System.Text;
using System.Text.Json;

namespace Netra.Infra.Switch;

/// <summary>
/// What each switch ran, when and by whom, one JSON object a line, appended (never rewritten) to
/// `$NETRA_INCIDENT_LOG`, or `${XDG_STATE_HOME:-~/.local/state}/netra-infra/incidents.jsonl`: the person's own
/// machine keeps it even when the state backend is unreachable. The same line goes into the update's message
/// (`pulumi up --message`), so the stack's history (`pulumi stack history`) shows it to everyone.
/// </summary>
public static class IncidentLog
{
    public const string Variable = "NETRA_INCIDENT_LOG";

    public static string PathFor(Func<string, string?> environment)
    {
        if (environment(Variable) is { Length: > 0 } explicitPath)
        {
            return explicitPath;
        }

        var state = environment("XDG_STATE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(environment("HOME") ?? ".", ".local", "state");
        return Path.Combine(state, "netra-infra", "incidents.jsonl");
    }

    public sealed record Entry(DateTimeOffset At, string Who, string Stack, string From, string To, string Command, string Outcome, double ElapsedSeconds, int? BudgetSeconds);

    public static void Append(string path, Entry entry)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("at", entry.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("who", entry.Who);
            json.WriteString("stack", entry.Stack);
            json.WriteString("from", entry.From);
            json.WriteString("to", entry.To);
            json.WriteString("command", entry.Command);
            json.WriteString("outcome", entry.Outcome);
            json.WriteNumber("elapsedSeconds", Math.Round(entry.ElapsedSeconds, 1));
            if (entry.BudgetSeconds is { } budget)
            {
                json.WriteNumber("reliefBudgetSeconds", budget);
            }

            json.WriteEndObject();
        }

        File.AppendAllText(path, Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    /// <summary>Who ran it: the login, and the machine, as far as the environment says.</summary>
    public static string Who(Func<string, string?> environment)
    {
        var user = environment("USER") ?? environment("LOGNAME") ?? "unknown";
        var host = environment("HOSTNAME") is { Length: > 0 } h ? h : System.Net.Dns.GetHostName();
        return $"{user}@{host}";
    }
}
