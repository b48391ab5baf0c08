using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Netra.Infra.Plan;

/// <summary>
/// The offline plan of a profile switch, for people (text), PR comments (markdown: a summary line, then one
/// table) and machines (json). Every line comes from the same diff and disruption rules.
/// </summary>
public static class PlanReport
{
    private static readonly Dictionary<Disruption, string> Words = new()
    {
        [Disruption.None] = "no change",
        [Disruption.InPlace] = "in place",
        [Disruption.TrafficShift] = "traffic shift",
        [Disruption.NewRevision] = "new revision (rolling)",
        [Disruption.Create] = "create",
        [Disruption.Restart] = "instance restart",
        [Disruption.Delete] = "delete",
        [Disruption.Replace] = "REPLACE (delete, then create)",
    };

    public static string Word(Disruption disruption) => Words[disruption];

    public static string Summary(string environment, string from, string to, IReadOnlyList<ResourceChange> changes)
    {
        int Count(Disruption d) => changes.Count(c => c.Disruption == d);
        var worst = changes.Count == 0 ? Disruption.None : changes.Max(c => c.Disruption);
        return $"{environment} {from} → {to}: {changes.Count} resource(s) change — {Count(Disruption.Create)} created, {Count(Disruption.Delete)} deleted, "
            + $"{Count(Disruption.Replace)} replaced, {Count(Disruption.Restart)} restarted, {Count(Disruption.NewRevision)} new revision(s); worst: {Word(worst)}.";
    }

    public static string Markdown(string environment, string from, string to, IReadOnlyList<ResourceChange> changes)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Summary(environment, from, to, changes)).Append("**\n\n");
        text.Append("| resource | change | why | fields (before → after) |\n| --- | --- | --- | --- |\n");
        foreach (var change in changes)
        {
            text.Append($"| `{change.Name}` | {Word(change.Disruption)} | {Escape(change.Reason)} | {Escape(FieldsText(change, "<br>"))} |\n");
        }

        return text.ToString();
    }

    public static string Text(string environment, string from, string to, IReadOnlyList<ResourceChange> changes)
    {
        var table = new Table().Border(TableBorder.Ascii).AddColumns("resource", "change", "why", "fields (before -> after)");
        foreach (var change in changes)
        {
            table.AddRow(new IRenderable[]
            {
                new Text(change.Name), new Text(Word(change.Disruption)), new Text(change.Reason), new Text(FieldsText(change, "\n")),
            });
        }

        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        console.WriteLine(Summary(environment, from, to, changes));
        console.Write(table);
        return writer.ToString();
    }

    public static string Json(string environment, string from, string to, IReadOnlyList<ResourceChange> changes) =>
        JsonSerializer.Serialize(new
        {
            environment,
            from,
            to,
            summary = Summary(environment, from, to, changes),
            changes = changes.Select(c => new
            {
                resource = c.Name,
                type = c.Type,
                change = c.Disruption.ToString(),
                why = c.Reason,
                fields = c.Fields.Select(f => new { path = f.Path, before = f.Before, after = f.After }),
            }),
        }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static string FieldsText(ResourceChange change, string separator)
    {
        if (change.Disruption is Disruption.Create or Disruption.Delete)
        {
            return $"{change.Fields.Count} field(s)";
        }

        return string.Join(separator, change.Fields.Select(f => $"{Short(f.Path)}: {f.Before ?? "—"} → {f.After ?? "—"}"));
    }

    private static string Short(string path) => path.StartsWith("properties.", StringComparison.Ordinal) ? path["properties.".Length..] : path;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
