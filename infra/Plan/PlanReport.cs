using System.Text;
using Netra.Infra.Cost;
using Netra.Infra.Timing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Netra.Infra.Plan;

/// <summary>
/// The offline plan of a profile switch, for people (text), PR comments (markdown: a summary line, then one table
/// per `pulumi up`) and machines (json). Every line comes from the same diff, disruption rules, durations and prices.
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
        [Disruption.Reachability] = "REACHABILITY change",
        [Disruption.Rotation] = "CREDENTIAL rotation",
        [Disruption.Restart] = "instance restart",
        [Disruption.Delete] = "delete",
        [Disruption.Replace] = "REPLACE (delete, then create)",
    };

    public static string Word(Disruption disruption) => Words[disruption];

    /// <summary>The plan in one line: what changes, the worst of it, how soon relief comes, and the cost.</summary>
    public static string Summary(SwitchPlan plan)
    {
        var head = plan.Steps.Count == 1
            ? $"{plan.Environment} {plan.From} → {plan.To}: {Counts(plan.Steps[0])}"
            : $"{plan.Environment} {plan.From} → {plan.To}: {plan.Steps.Count} steps, {string.Join(" → ", plan.Steps.Select(s => s.From).Append(plan.To))} (the runbook's way); worst: {Word(plan.Steps.Max(s => s.Worst))}";
        var time = plan.Steps.Count == 1
            ? Timing(plan.Steps[0])
            : $"Takes up to {Durations.Text(plan.UpperBoundSeconds)} in all";
        var cost = plan.FromCost is { } before && plan.ToCost is { } after ? $" Cost {ProfileCost.Change(before, after)}." : "";
        var warning = plan.Steps.Any(s => s.Hazards.Count > 0) ? " NOT A RUNBOOK STEP: see the hazards." : "";
        return $"{head}. {time}.{cost}{warning}";
    }

    public static string StepSummary(PlanStep step) => $"{Counts(step)}; {Timing(step).ToLowerInvariant()}";

    /// <summary>`Relief in up to 4 min 15 s (budget 5 min), done in up to 4 min 25 s`.</summary>
    private static string Timing(PlanStep step)
    {
        var done = $"done in {StepText.Done(step)}";
        if (!step.Timing.ChangesServing)
        {
            return char.ToUpperInvariant(done[0]) + done[1..];
        }

        var budget = step.Transition?.ReliefBudgetSeconds is { } seconds ? $" (budget {Durations.Text(seconds)})" : "";
        return $"Relief in up to {Durations.Text(step.Timing.Relief.Seconds)}{budget}, {done}";
    }

    /// <summary>The step's relief, whole duration and worst moment as three sentences.</summary>
    private static IEnumerable<string> TimingSentences(PlanStep step) =>
    [
        step.Timing.ChangesServing ? $"Relief in {StepText.Relief(step)}." : $"Relief: {StepText.Relief(step)}.",
        $"Done in {StepText.Done(step)}.",
        $"Database connections at the worst moment: {StepText.Connections(step)}.",
    ];

    private static string Counts(PlanStep step)
    {
        int Count(Disruption d) => step.Changes.Count(c => c.Disruption == d);
        int Kind(ChangeKind k) => step.Changes.Count(c => c.Kind == k);
        return $"{step.Changes.Count} resource(s) change — {Kind(ChangeKind.Created)} created, {Kind(ChangeKind.Deleted)} deleted, "
            + $"{Count(Disruption.Replace)} replaced, {Count(Disruption.Restart)} restarted, {Count(Disruption.NewRevision)} new revision(s); worst: {Word(step.Worst)}";
    }

    public static string Markdown(SwitchPlan plan)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Summary(plan)).Append("**\n\n");
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            var label = plan.Steps.Count == 1 ? "Run" : $"Step {i + 1} of {plan.Steps.Count}, {step.From} → {step.To}";
            text.Append($"{label}: `{step.Command}`{(plan.Steps.Count == 1 ? "" : $" — {Counts(step)}")}\n\n");
            foreach (var hazard in step.Hazards)
            {
                text.Append($"> **Hazard:** {Escape(hazard.Message)}\n\n");
            }

            text.Append(string.Join(" ", TimingSentences(step))).Append("\n\n");
            text.Append("| resource | change | why | fields (before → after) |\n| --- | --- | --- | --- |\n");
            foreach (var change in step.Changes)
            {
                text.Append($"| `{change.Name}` | {Word(change.Disruption)} | {Escape(change.Reason)} | {Escape(FieldsText(change, "<br>"))} |\n");
            }

            text.Append('\n');
        }

        var inferred = StepText.Inferred(plan.Steps);
        text.Append("<sub>").Append(Escape(PriceNote(plan))).Append(inferred is null ? "" : " " + Escape(inferred)).Append("</sub>\n");
        return text.ToString();
    }

    public static string Text(SwitchPlan plan)
    {
        var (writer, console) = Console();
        console.WriteLine(Summary(plan));
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            console.WriteLine();
            console.WriteLine($"Step {i + 1} of {plan.Steps.Count}, {step.From} -> {step.To}: {step.Command}");
            console.WriteLine($"  {Counts(step)}");
            foreach (var hazard in step.Hazards)
            {
                console.WriteLine($"  HAZARD: {hazard.Message}");
            }

            foreach (var sentence in TimingSentences(step))
            {
                console.WriteLine($"  {sentence}");
            }

            var table = new Table().Border(TableBorder.Ascii).AddColumns("resource", "change", "why", "fields (before -> after)");
            foreach (var change in step.Changes)
            {
                table.AddRow(new IRenderable[] { new Text(change.Name), new Text(Word(change.Disruption)), new Text(change.Reason), new Text(FieldsText(change, "\n")) });
            }

            console.Write(table);
        }

        if (plan.FromCost is { } from && plan.ToCost is { } to)
        {
            console.WriteLine();
            console.Write(CostTable(from, to));
        }

        console.WriteLine(PriceNote(plan));
        if (StepText.Inferred(plan.Steps) is { } inferred)
        {
            console.WriteLine(inferred);
        }

        return writer.ToString();
    }

    /// <summary>
    /// A profile in a PR comment: a summary line, then one table of its resources with what each is (its first
    /// comment). The full inventory (`plan --profile P`) is too long for a comment.
    /// </summary>
    public static string ProfileMarkdown(string environment, Resources.ProgramDeclaration program, string profile, ProfileCost? cost)
    {
        var text = new StringBuilder();
        var resources = program.Resources.Where(r => !r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)).ToList();
        text.Append($"**{environment} {profile}: {resources.Count} resources{(cost is null ? "" : $"; runs at {cost.Range}")}.**\n\n");
        text.Append("| resource | type | what |\n| --- | --- | --- |\n");
        foreach (var resource in resources)
        {
            text.Append($"| `{resource.Name}` | `{resource.Type}` | {Escape(resource.Comments.FirstOrDefault() ?? "")} |\n");
        }

        return text.ToString();
    }

    /// <summary>A profile's cost, line by line, for `plan --profile`.</summary>
    public static string CostText(ProfileCost cost, PriceTable prices)
    {
        var (writer, console) = Console();
        var table = new Table().Border(TableBorder.Ascii).AddColumns("runs all day", "size", "$/day", "basis");
        foreach (var line in cost.Lines)
        {
            table.AddRow(line.Item, line.Detail, line.Amount, line.Missing.Count > 0 ? $"{line.Basis} (missing: {string.Join(", ", line.Missing)})".TrimStart() : line.Basis);
        }

        table.AddRow("total", "", cost.Range, cost.Missing.Count > 0 ? "without what is not priced" : "");
        console.WriteLine($"Cost of profile {cost.Profile}: {cost.Range}");
        console.Write(table);
        console.WriteLine(PriceSources(cost.Prices, prices.File));
        return writer.ToString();
    }

    private static Table CostTable(ProfileCost from, ProfileCost to)
    {
        var table = new Table().Border(TableBorder.Ascii).AddColumns("runs all day", from.Profile, "$/day", to.Profile, "$/day");
        var items = from.Lines.Select(l => l.Item).Concat(to.Lines.Select(l => l.Item)).Distinct().ToList();
        foreach (var item in items)
        {
            var (before, after) = (from.Lines.FirstOrDefault(l => l.Item == item), to.Lines.FirstOrDefault(l => l.Item == item));
            table.AddRow(item, before?.Detail ?? "—", before?.Amount ?? "—", after?.Detail ?? "—", after?.Amount ?? "—");
        }

        table.AddRow("total", "", from.Range, "", to.Range);
        return table;
    }

    public static string PriceNote(SwitchPlan plan)
    {
        if (plan.Prices is null || plan.FromCost is null || plan.ToCost is null)
        {
            return "Cost: no price table for this region.";
        }

        var missing = plan.FromCost.Missing.Concat(plan.ToCost.Missing).Distinct().Order(StringComparer.Ordinal).ToList();
        var prices = plan.FromCost.Prices.Concat(plan.ToCost.Prices).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        return PriceSources(prices, plan.Prices.File) + (missing.Count > 0 ? $" Not priced (no price in the table): {string.Join(", ", missing)}." : "");
    }

    private static string PriceSources(IReadOnlyList<Price> prices, string file)
    {
        var dates = prices.Select(p => p.Read).Distinct().Order(StringComparer.Ordinal);
        var thirdParty = prices.Where(p => p.ThirdParty).Select(p => p.Id).ToList();
        return $"Cost: list prices from {file}, read {string.Join(", ", dates)}, before free tiers and discounts"
            + (thirdParty.Count > 0 ? $"; third-party copies of Google's catalogue for {string.Join(", ", thirdParty)}" : "") + ".";
    }

    private static (StringWriter, IAnsiConsole) Console()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return (writer, console);
    }

    private static string FieldsText(ResourceChange change, string separator)
    {
        if (change.Kind is ChangeKind.Created or ChangeKind.Deleted)
        {
            return $"{change.Fields.Count} field(s)";
        }

        return string.Join(separator, change.Fields.Select(f => $"{Short(f.Path)}: {f.Before ?? "—"} → {f.After ?? "—"}"));
    }

    private static string Short(string path) => path.StartsWith("properties.", StringComparison.Ordinal) ? path["properties.".Length..] : path;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
