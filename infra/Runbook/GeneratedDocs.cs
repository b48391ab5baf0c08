using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Plan;

namespace Netra.Infra.Runbook;

/// <summary>One generated part of the documentation: the file it lives in, its markers, and its current text.</summary>
public sealed record GeneratedPart(string File, string Begin, string End, string Text)
{
    /// <summary>The part as <paramref name="document"/> holds it now, markers included; null without the markers.</summary>
    public string? Current(string document) => MarkedSection.Current(document, Begin, End);
}

/// <summary>
/// Every part of the README and docs/ generated from the environment's data: the incident card, the runbook, the
/// adoption checklist and the sample PR comment. One command rewrites them all and the tests compare each with what
/// the data generates now, so no copy of a plan in the documentation can go stale unnoticed.
/// </summary>
public static class GeneratedDocs
{
    public const string Readme = "README.md";
    public const string RunbookFile = "docs/runbook.md";
    public const string AdoptionFile = "docs/adoption.md";
    public const string PrChecksFile = "docs/pr-checks.md";
    public const string PrSampleBegin = "<!-- pr-sample:begin -->";
    public const string PrSampleEnd = "<!-- pr-sample:end -->";

    public static string Command(string environment) => $"bin/netra-infra runbook --stack {environment} --write";

    /// <summary>The switch the PR comment's sample shows: the first incident step, as a reviewer sees it.</summary>
    public static (string From, string To) SampleSwitch(EnvironmentSpec environment) =>
        environment.Transitions.FirstOrDefault(t => t.Incident) is { } first ? (first.From, first.To) : (EnvironmentSpec.SteadyProfile, EnvironmentSpec.SteadyProfile);

    public static IReadOnlyList<GeneratedPart> Render(string root, EnvironmentSpec environment, PriceTable? prices)
    {
        var (from, to) = SampleSwitch(environment);
        // As `plan --from --to --format markdown` prints it: the values it rests on first, then the switch.
        var sample = UnconfirmedFacts.Markdown(environment) + PlanReport.Markdown(SwitchPlanner.Build(root, environment, from, to, prices));
        return
        [
            new(Readme, IncidentCard.Begin, IncidentCard.End, IncidentCard.Render(root, environment, prices)),
            new(RunbookFile, RunbookSection.Begin, RunbookSection.End, RunbookSection.Render(root, environment, prices)),
            new(AdoptionFile, AdoptionSection.Begin, AdoptionSection.End, AdoptionSection.Render(root, environment, prices)),
            new(PrChecksFile, PrSampleBegin, PrSampleEnd, $"{PrSampleBegin}\n{sample}{PrSampleEnd}\n"),
        ];
    }
}
