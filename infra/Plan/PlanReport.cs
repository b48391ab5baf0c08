using System.Text;
using Netra.Infra.Cost;
using Netra.Infra.Timing;

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
        return $"{head}. {time}.{cost}{warning}{StepText.UnmetSummary(plan.Steps)}";
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

    /// <param name="notes">The price and inferred-allowance notes at the end; `plan --all` prints them once for every switch.</param>
    public static string Markdown(SwitchPlan plan, bool notes = true)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Summary(plan)).Append("**\n\n");
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            var label = plan.Steps.Count == 1 ? "Run" : $"Step {i + 1} of {plan.Steps.Count}, {step.From} → {step.To}";
            foreach (var precondition in step.Preconditions)
            {
                text.Append($"First: {Escape(StepText.Precondition(precondition))}.\n\n");
            }

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

        if (plan.Routes is { } routes)
        {
            text.Append($"Routes out of {Escape(routes[0].Transition!.Relieves!)} from {plan.From}, side by side (choose one):\n\n");
            // When to take each is the runbook's (docs/runbook.md); the table compares what they do.
            text.Append("| step | moves | relief | worst | new revisions | connections at the worst moment | $/day after |\n| --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var route in routes)
            {
                var (revisions, connections) = (route.Changes.Count(c => c.Disruption == Disruption.NewRevision), route.Analysis.Connections);
                text.Append($"| {(route.To == plan.To ? "**" : "")}`{route.Command}`{(route.To == plan.To ? "** (this plan)" : "")} | {Escape(Moves(route))} | {StepText.ReliefBound(route)} | {Word(route.Worst)} | {revisions} | {connections.Demand} of {connections.MaxConnections} | {route.ToCost?.Range ?? "not priced"} |\n");
            }

            text.Append('\n');
        }

        if (!notes)
        {
            return text.ToString();
        }

        var inferred = StepText.Inferred(plan.Steps);
        text.Append("<sub>").Append(Escape(PriceNote(plan))).Append(inferred is null ? "" : " " + Escape(inferred)).Append("</sub>\n");
        return text.ToString();
    }

    /// <summary>
    /// For a terminal: the summary, then each step's command, timing and changes as an indented list (a table of four
    /// columns cannot be read in 80), then the cost, each wrapped to <paramref name="layout"/>'s width.
    /// </summary>
    public static string Text(SwitchPlan plan, TextLayout layout)
    {
        var text = new StringBuilder(layout.Paragraph(Summary(plan)));
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            text.Append('\n').Append(layout.Paragraph($"Step {i + 1} of {plan.Steps.Count}, {step.From} → {step.To}:", 0, 4));
            foreach (var precondition in step.Preconditions)
            {
                text.Append(layout.Paragraph($"First: {precondition.Text}{(precondition.Done ? "" : "; what making it changes:")}", 2, 4));
                if (!precondition.Done)
                {
                    text.Append(layout.Command(precondition.Command, 4, "$ "));
                }
            }

            // A runbook step is a command to paste; a one-time step says what to change first, in words.
            text.Append(IsShellCommand(step.Command) ? layout.Command(step.Command, 2, "$ ") : layout.Paragraph($"Do: {step.Command}", 2, 6));
            text.Append(layout.Paragraph(Counts(step), 2, 4));
            foreach (var hazard in step.Hazards)
            {
                text.Append(layout.Paragraph($"HAZARD: {hazard.Message}", 2, 4));
            }

            foreach (var sentence in TimingSentences(step))
            {
                text.Append(layout.Paragraph(sentence, 2, 4));
            }

            foreach (var change in step.Changes)
            {
                text.Append(layout.Paragraph($"* {change.Name} ({change.Type}): {Word(change.Disruption)}", 2, 6));
                text.Append(layout.Paragraph($"why: {change.Reason}", 6, 8));
                text.Append(change.Kind is ChangeKind.Created or ChangeKind.Deleted
                    ? layout.Paragraph(FieldLines(change).Single(), 6, 10)
                    : string.Concat(change.Fields.Select(f => FieldText(f, layout))));
            }
        }

        if (plan.Routes is { } routes)
        {
            text.Append('\n').Append(layout.Paragraph($"Routes out of {routes[0].Transition!.Relieves} from {plan.From}, side by side (choose one):"));
            foreach (var route in routes)
            {
                text.Append(layout.Paragraph($"* {route.From} → {route.To}{(route.To == plan.To ? " (this plan)" : "")}: {RouteFacts(route)}", 2, 6));
                text.Append(layout.Paragraph($"when: {route.Transition!.When}", 6, 8));
                text.Append(IsShellCommand(route.Command) ? layout.Command(route.Command, 6, "$ ") : layout.Paragraph(route.Command, 6, 8));
            }
        }

        if (plan.FromCost is { } from && plan.ToCost is { } to)
        {
            text.Append('\n').Append(layout.Paragraph($"Cost per day, {from.Profile} → {to.Profile}: {ProfileCost.Change(from, to)}"));
            foreach (var item in from.Lines.Select(l => l.Item).Concat(to.Lines.Select(l => l.Item)).Distinct())
            {
                var (before, after) = (from.Lines.FirstOrDefault(l => l.Item == item), to.Lines.FirstOrDefault(l => l.Item == item));
                var change = before is not null && after is not null && before.Detail == after.Detail && before.Amount == after.Amount
                    ? $"{before.Detail}, {before.Amount} (the same)"
                    : $"{Priced(before)} → {Priced(after)}";
                text.Append(layout.Paragraph($"* {item}: {change}", 2, 4));
            }
        }

        text.Append(layout.Paragraph(PriceNote(plan)));
        var inferred = StepText.InferredBounds(plan.Steps);
        if (inferred.Count > 0)
        {
            text.Append(layout.Paragraph(StepText.InferredLead + ":"));
            foreach (var bound in inferred)
            {
                text.Append(layout.Paragraph($"* {bound.What} {Durations.Text(bound.Seconds)}: {bound.Source.Split(" (", 2)[0]}", 2, 4));
                if (bound.Measures is { } command)
                {
                    text.Append(layout.Command(command, 4, "$ "));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A profile in a terminal (`plan --all`): a summary line, then each resource with what it is.</summary>
    public static string ProfileText(string environment, Resources.ProgramDeclaration program, string profile, ProfileCost? cost, TextLayout layout)
    {
        var resources = program.Resources.Where(r => !r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)).ToList();
        var text = new StringBuilder(layout.Paragraph($"{environment} {profile}: {resources.Count} resources{(cost is null ? "" : $"; runs at {cost.Range}")}."));
        foreach (var resource in resources)
        {
            var what = resource.Comments.FirstOrDefault() is { } comment ? $": {comment}" : "";
            text.Append(layout.Paragraph($"* {resource.Name} ({resource.Type}){what}", 2, 4));
        }

        return text.ToString();
    }

    /// <summary>
    /// A profile in a PR comment: a summary line, then one table of its resources with what each is (its first
    /// comment). The full inventory (`plan --profile P`) is too long for a comment.
    /// </summary>
    /// <summary>How many resources of one type make them one row of a profile's markdown table.</summary>
    public const int GroupedAt = 4;

    public static string ProfileMarkdown(string environment, Resources.ProgramDeclaration program, string profile, ProfileCost? cost)
    {
        var text = new StringBuilder();
        var resources = program.Resources.Where(r => !r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)).ToList();
        text.Append($"**{environment} {profile}: {resources.Count} resources{(cost is null ? "" : $"; runs at {cost.Range}")}.**\n\n");
        text.Append("| resource | type | what |\n| --- | --- | --- |\n");
        // A type of many resources (the secrets, the alert policies) is one row, so that five profiles fit a PR comment
        // (GitHub's 65,536 characters); each resource is in the text plan and the inventory.
        var grouped = resources.GroupBy(r => r.Type).Where(g => g.Count() >= GroupedAt).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            if (!grouped.Contains(resource.Type))
            {
                text.Append($"| `{resource.Name}` | `{resource.Type}` | {Escape(resource.Comments.FirstOrDefault() ?? "")} |\n");
            }
            else if (resources.First(r => r.Type == resource.Type) == resource)
            {
                var group = resources.Where(r => r.Type == resource.Type).ToList();
                text.Append($"| {group.Count}: {string.Join(", ", group.Select(r => $"`{r.Name}`"))} | `{resource.Type}` | |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A profile's cost, line by line, for `plan --profile`.</summary>
    public static string CostText(ProfileCost cost, PriceTable prices, TextLayout layout)
    {
        var text = new StringBuilder(layout.Paragraph($"Cost of profile {cost.Profile}: {cost.Range}"));
        foreach (var line in cost.Lines)
        {
            var basis = line.Missing.Count > 0 ? $"{line.Basis} (missing: {string.Join(", ", line.Missing)})".TrimStart() : line.Basis;
            text.Append(layout.Paragraph($"* {line.Item}: {line.Detail}, {line.Amount}{(basis.Length > 0 ? $" — {basis}" : "")}", 2, 4));
        }

        if (cost.Missing.Count > 0)
        {
            text.Append(layout.Paragraph("The total is without what is not priced.", 2, 4));
        }

        return text.Append(layout.Paragraph(PriceSources(cost.Prices, prices.File))).ToString();
    }

    /// <summary>One route in a line: where it sends traffic, how soon it relieves, what it disrupts, the connections it
    /// holds, what it costs.</summary>
    private static string RouteFacts(PlanStep route)
    {
        var revisions = route.Changes.Count(c => c.Disruption == Disruption.NewRevision);
        var connections = route.Analysis.Connections;
        return $"{Moves(route)}; relief {StepText.ReliefBound(route)}; worst: {Word(route.Worst)}; {revisions} new revision(s); {connections.Demand} of {connections.MaxConnections} connections at the worst moment; {route.ToCost?.Range ?? "not priced"} after";
    }

    /// <summary>Which services change their way into the VPC, and to what: `backend-service → standby-connector`.</summary>
    private static string Moves(PlanStep route)
    {
        var moves = new List<string>();
        foreach (var change in route.Changes.Where(c => c.Type == Components.CloudRunServiceComponent.Type))
        {
            var connector = change.Fields.FirstOrDefault(f => f.Path == "properties.template.vpcAccess.connector");
            var direct = change.Fields.Any(f => f.Path.StartsWith("properties.template.vpcAccess.networkInterfaces", StringComparison.Ordinal) && f.After is not null);
            if (direct)
            {
                moves.Add($"{change.Name} → direct egress (its new instances' first connections may take a minute or more, within the startup window)");
            }
            else if (connector?.After is { } target)
            {
                moves.Add($"{change.Name} → {target.Trim('$', '{', '}').Split('.')[0]}");
            }
        }

        return moves.Count == 0 ? "no service changes its route" : string.Join(", ", moves);
    }

    private static bool IsShellCommand(string command) =>
        command.StartsWith("pulumi ", StringComparison.Ordinal) || command.StartsWith("bin/netra-infra ", StringComparison.Ordinal) || command.StartsWith("NETRA_", StringComparison.Ordinal);

    private static string Priced(CostLine? line) => line is null ? "none" : $"{line.Detail}, {line.Amount}";

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

    private static string FieldsText(ResourceChange change, string separator) => string.Join(separator, FieldLines(change));

    private static IEnumerable<string> FieldLines(ResourceChange change) => change.Kind is ChangeKind.Created or ChangeKind.Deleted
        ? [$"{change.Fields.Count} field(s)"]
        : change.Fields.Select(f => $"{Short(f.Path)}: {f.Before ?? "—"} → {f.After ?? "—"}");

    /// <summary>
    /// A field's change for a terminal: `path: before → after`; when a value has several lines (an alert's documentation
    /// in paragraphs), the path alone, then every line of the value before, then the value after behind a `→` in the
    /// margin, each under the field's hanging indent.
    /// </summary>
    private static string FieldText(FieldChange field, TextLayout layout)
    {
        var (before, after) = (field.Before ?? "—", field.After ?? "—");
        if (!before.Contains('\n', StringComparison.Ordinal) && !after.Contains('\n', StringComparison.Ordinal))
        {
            return layout.Paragraph($"{Short(field.Path)}: {before} → {after}", 6, 10);
        }

        return layout.Paragraph($"{Short(field.Path)}:", 6, 10) + layout.Paragraph(before, 10, 10) + layout.Paragraph($"→ {after}", 8, 10);
    }

    private static string Short(string path) => path.StartsWith("properties.", StringComparison.Ordinal) ? path["properties.".Length..] : path;

    /// <summary>Safe inside a table cell: a pipe would end the cell and a newline the row (a value in paragraphs).</summary>
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
