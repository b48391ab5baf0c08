using System.Text.Json;
using Netra.Infra.Cost;
using Netra.Infra.Timing;

namespace Netra.Infra.Plan;

/// <summary>
/// The plan of a switch for machines: per step the command, the changes, the time to relief with its critical path
/// (`timeToRelief.upperBoundSeconds`), the whole `up`'s bound, the connections at the worst moment, and the cost.
/// A bound is null when a wait on its path has none; every wait carries its source and whether it is inferred.
/// </summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Render(SwitchPlan plan, Model.EnvironmentSpec environment) =>
        JsonSerializer.Serialize(new
        {
            environment = plan.Environment,
            unconfirmed = environment.Inferred.Select(f => new { key = f.Key, value = UnconfirmedFacts.Values(f), why = f.Why, confirm = f.Confirm }),
            from = plan.From,
            to = plan.To,
            summary = PlanReport.Summary(plan),
            upperBoundSeconds = plan.UpperBoundSeconds,
            cost = plan.FromCost is { } from && plan.ToCost is { } to
                ? new { from = CostJson(from), to = CostJson(to), changeLowPerDay = to.Low - from.Low, changeHighPerDay = to.High - from.High }
                : null,
            steps = plan.Steps.Select(s => new
            {
                from = s.From,
                to = s.To,
                runbookStep = s.Declared,
                incident = s.Transition?.Incident ?? false,
                command = s.Command,
                worst = s.Worst.ToString(),
                timeToRelief = new
                {
                    upperBoundSeconds = s.Timing.Relief.Seconds,
                    budgetSeconds = s.Transition?.ReliefBudgetSeconds,
                    changesServing = s.Timing.ChangesServing,
                    criticalPath = PathJson(s.Timing.Relief),
                },
                duration = new { upperBoundSeconds = s.Timing.Whole.Seconds, criticalPath = PathJson(s.Timing.Whole) },
                connectionsAtWorstMoment = new
                {
                    demand = s.Analysis.Connections.Demand,
                    maxConnections = s.Analysis.Connections.MaxConnections,
                    fits = s.Analysis.Connections.Fits,
                    summary = s.Analysis.Connections.Summary,
                    services = s.Analysis.Connections.Lines.Select(l => new { service = l.Service, bothRevisionsHold = l.BothHold, connections = l.Connections }),
                },
                hazards = s.Hazards.Select(h => new { kind = h.Kind.ToString(), subject = h.Subject, message = h.Message }),
                changes = s.Changes.Select(c => new
                {
                    resource = c.Name,
                    type = c.Type,
                    change = c.Disruption.ToString(),
                    why = c.Reason,
                    fields = c.Fields.Select(f => new { path = f.Path, before = f.Before, after = f.After }),
                }),
            }),
        }, Options) + "\n";

    private static object[] PathJson(TimedPath path) =>
    [
        new { resource = (string?)null, operation = "engine", seconds = (int?)path.Engine.Seconds, noBound = (string?)null, waits = new[] { WaitJson(path.Engine) } },
        .. path.Steps.Select(s => new
        {
            resource = (string?)s.Operation.Resource,
            operation = s.Operation.Action,
            seconds = s.Seconds,
            noBound = s.Operation.Unbounded,
            waits = (s.Operation.UntilEffective ?? []).Concat(s.Seconds == s.Operation.EffectiveSeconds ? [] : s.Operation.UntilSeen).Select(WaitJson).ToArray(),
        }),
    ];

    private static object WaitJson(Bound bound) => new { what = bound.What, seconds = bound.Seconds, inferred = bound.Inferred, source = bound.Source };

    private static object CostJson(ProfileCost cost) => new
    {
        profile = cost.Profile,
        lowPerDay = cost.Low,
        highPerDay = cost.High,
        lines = cost.Lines.Select(l => new { item = l.Item, detail = l.Detail, lowPerDay = l.LowPerDay, highPerDay = l.HighPerDay, basis = l.Basis, missingPrices = l.Missing }),
        prices = cost.Prices.Select(p => new { id = p.Id, usd = p.Usd, source = p.Source, read = p.Read, thirdParty = p.ThirdParty }),
    };
}
