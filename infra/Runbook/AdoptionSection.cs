using System.Text;
using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.OneTimeSteps;
using Netra.Infra.Plan;

namespace Netra.Infra.Runbook;

/// <summary>
/// The adoption checklist of docs/adoption.md, generated from the environment's data: the values no record states,
/// in the order a person confirms them before the first `up`, and the one-time steps after adoption, each planned like
/// a runbook step (what it changes, disrupts, takes), so the two cannot drift from the program.
/// </summary>
public static class AdoptionSection
{
    public const string Begin = "<!-- adoption:begin -->";
    public const string End = "<!-- adoption:end -->";

    public static string Render(string root, EnvironmentSpec environment, PriceTable? prices)
    {
        var text = new StringBuilder();
        text.Append(Begin).Append('\n');
        text.Append($"<!-- Generated from {environment.File.DisplayName} by `{GeneratedDocs.Command(environment.Name)}`: edit the data, not this section. -->\n\n");
        text.Append("## 1. Confirm what is inferred\n\n");
        text.Append($"{environment.Inferred.Count} values of `{environment.File.DisplayName}` are not stated by any incident record (`inferred:` there). ");
        text.Append("Run each command, in this order; where the live value differs, correct the file; then remove the entry.\n\n");
        for (var i = 0; i < environment.Inferred.Count; i++)
        {
            var fact = environment.Inferred[i];
            text.Append($"{i + 1}. `{fact.Key}` = {Cell(UnconfirmedFacts.Values(fact))} — {Cell(fact.Why)}.\n   `{fact.Confirm.Replace("`", "'", StringComparison.Ordinal)}`\n");
        }

        text.Append(AdoptionSteps.Render(environment));
        text.Append("\n## 3. One-time steps, after adoption, in this order\n\n");
        text.Append("Each is a pull request of its own that sets the keys named, then `pulumi up`; never during an incident. ");
        text.Append($"`bin/netra-infra plan --stack {environment.Name} --step <name>` shows the same plan offline.\n");
        var profile = environment.Profiles[EnvironmentSpec.SteadyProfile];
        foreach (var step in environment.OneTimeSteps)
        {
            var (planned, diagnostics) = OneTimeStepPlanner.Build(root, environment, profile, step, prices);
            text.Append($"\n- **{step.Name}** — {step.When}\n");
            if (planned is null)
            {
                text.Append($"  - The file with {step.SetsText} is refused: {string.Join("; ", diagnostics.Where(d => d.IsError).Select(d => d.ToString()))}\n");
                continue;
            }

            if (OneTimeStepPlanner.IsDone(planned))
            {
                text.Append($"  - Done: {environment.File.DisplayName} already has {step.SetsText}.\n");
                continue;
            }

            text.Append($"  - Run: set {string.Join(", ", step.Sets.Select(s => $"`{s.Path}: {s.Value}`"))} in `{environment.File.DisplayName}` (a pull request of its own), then `{Config.ProfileFiles.PulumiCommand(root, "up", environment.Name, profile.Name)}`\n");
            text.Append($"  - Changes: {RunbookSection.Changes(planned)}\n");
            text.Append($"  - Disrupts: {RunbookSection.Disrupts(planned)}\n");
            text.Append($"  - Takes: {StepText.Done(planned)}{(planned.Timing.Whole.Seconds is null ? "" : " (the whole `up`)")}\n");
            if (planned.FromCost is { } before && planned.ToCost is { } after)
            {
                text.Append($"  - Cost: {ProfileCost.Change(before, after)}\n");
            }
        }

        text.Append('\n').Append(End).Append('\n');
        return text.ToString();
    }

    public static string? Splice(string readme, string section) => MarkedSection.Splice(readme, Begin, End, section);

    public static string? Current(string readme) => MarkedSection.Current(readme, Begin, End);

    private static string Cell(string text) => text.Replace("\n", " ", StringComparison.Ordinal);
}
