using System.Text.Json;
using System.Text.Json.Nodes;
using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Timing;

namespace Netra.Infra.Plan;

/// <summary>
/// The plan of a switch for machines: the values still to confirm, then per step the command, the changes, the time to
/// relief with its critical path (`timeToRelief.upperBoundSeconds`), the whole `up`'s bound, the connections at the
/// worst moment, and the cost. A bound is null when a wait on its path has none; every wait carries its source and
/// whether it is inferred. Built node by node (no reflection), so the program can be compiled ahead of time.
/// </summary>
public static class PlanJson
{
    // Quotes and arrows as written ("it's", "→"), not \u0027 escapes: the JSON is read by people and by scripts alike, and
    // it is never embedded in HTML, which is what the default escaping guards against.
    internal static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(SwitchPlan plan, EnvironmentSpec environment)
    {
        var head = new JsonObject { ["environment"] = plan.Environment, ["unconfirmed"] = Unconfirmed(environment) };
        return Joined(head, Node(plan)).ToJsonString(Indented) + "\n";
    }

    /// <summary><paramref name="head"/>'s fields, then <paramref name="body"/>'s, moved as they are: a switch's or a
    /// profile's node is the same inside `plan --all` as in its own document.</summary>
    internal static JsonObject Joined(JsonObject head, JsonObject body)
    {
        foreach (var key in body.Select(p => p.Key).ToList())
        {
            var value = body[key];
            body.Remove(key);
            head[key] = value;
        }

        return head;
    }

    /// <summary>The switch itself, without the environment's unconfirmed values (which `plan --all` lists once).</summary>
    internal static JsonObject Node(SwitchPlan plan)
    {
        var root = new JsonObject
        {
            ["from"] = plan.From,
            ["to"] = plan.To,
            ["summary"] = PlanReport.Summary(plan),
            ["upperBoundSeconds"] = plan.UpperBoundSeconds,
            ["cost"] = plan.FromCost is { } from && plan.ToCost is { } to
                ? new JsonObject
                {
                    ["from"] = Cost(from),
                    ["to"] = Cost(to),
                    ["changeLowPerDay"] = to.Low - from.Low,
                    ["changeHighPerDay"] = to.High - from.High,
                }
                : null,
            ["steps"] = Array(plan.Steps, Step),
            // The routes out of the same outage, this one included, each planned alike (null when there is one).
            ["routes"] = plan.Routes is { } routes ? Array(routes, r => new JsonObject
            {
                ["relieves"] = r.Transition?.Relieves,
                ["thisPlan"] = r.To == plan.To,
                ["when"] = r.Transition?.When,
                ["step"] = Step(r),
                ["costToPerDay"] = r.ToCost is { } cost ? Cost(cost) : null,
            }) : null,
        };
        return root;
    }

    /// <summary>The values still to confirm, as both the switch and the profile documents list them.</summary>
    internal static JsonArray Unconfirmed(EnvironmentSpec environment) => Array(environment.Inferred, f => new JsonObject
    {
        ["key"] = f.Key,
        ["value"] = UnconfirmedFacts.Values(f),
        ["why"] = f.Why,
        ["confirm"] = f.Confirm,
    });

    private static JsonObject Step(PlanStep s) => new()
    {
        ["from"] = s.From,
        ["to"] = s.To,
        ["runbookStep"] = s.Declared,
        ["incident"] = s.Transition?.Incident ?? false,
        ["command"] = s.Command,
        // The one-time steps this step waits for (its `after`), done or not: the same as TransitionPreconditions.Of.
        ["first"] = Array(s.Preconditions, p => new JsonObject { ["oneTimeStep"] = p.Step, ["done"] = p.Done, ["show"] = p.Command }),
        ["worst"] = s.Worst.ToString(),
        ["timeToRelief"] = new JsonObject
        {
            ["upperBoundSeconds"] = s.Timing.Relief.Seconds,
            ["budgetSeconds"] = s.Transition?.ReliefBudgetSeconds,
            ["changesServing"] = s.Timing.ChangesServing,
            ["criticalPath"] = Path(s.Timing.Relief),
        },
        ["duration"] = new JsonObject { ["upperBoundSeconds"] = s.Timing.Whole.Seconds, ["criticalPath"] = Path(s.Timing.Whole) },
        ["connectionsAtWorstMoment"] = new JsonObject
        {
            ["demand"] = s.Analysis.Connections.Demand,
            ["maxConnections"] = s.Analysis.Connections.MaxConnections,
            ["fits"] = s.Analysis.Connections.Fits,
            ["summary"] = s.Analysis.Connections.Summary,
            ["services"] = Array(s.Analysis.Connections.Lines, l => new JsonObject
            {
                ["service"] = l.Service,
                ["bothRevisionsHold"] = l.BothHold,
                ["connections"] = l.Connections,
            }),
        },
        ["hazards"] = Array(s.Hazards, h => new JsonObject { ["kind"] = h.Kind.ToString(), ["subject"] = h.Subject, ["message"] = h.Message }),
        ["changes"] = Array(s.Changes, c => new JsonObject
        {
            ["resource"] = c.Name,
            ["type"] = c.Type,
            ["change"] = c.Disruption.ToString(),
            ["why"] = c.Reason,
            ["fields"] = Array(c.Fields, f => new JsonObject { ["path"] = f.Path, ["before"] = f.Before, ["after"] = f.After }),
        }),
    };

    private static JsonArray Path(TimedPath path)
    {
        var steps = new JsonArray(new JsonObject
        {
            ["resource"] = null,
            ["operation"] = "engine",
            ["seconds"] = path.Engine.Seconds,
            ["noBound"] = null,
            ["waits"] = new JsonArray(Wait(path.Engine)),
        });
        foreach (var s in path.Steps)
        {
            var waits = (s.Operation.UntilEffective ?? []).Concat(s.Seconds == s.Operation.EffectiveSeconds ? [] : s.Operation.UntilSeen);
            // The JsonNode overload: the generic Add<T> would serialise by reflection.
            steps.Add((JsonNode)new JsonObject
            {
                ["resource"] = s.Operation.Resource,
                ["operation"] = s.Operation.Action,
                ["seconds"] = s.Seconds,
                ["noBound"] = s.Operation.Unbounded,
                ["waits"] = Array(waits, Wait),
            });
        }

        return steps;
    }

    private static JsonObject Wait(Bound bound) => new()
    {
        ["what"] = bound.What,
        ["seconds"] = bound.Seconds,
        ["inferred"] = bound.Inferred,
        ["source"] = bound.Source,
    };

    internal static JsonObject Cost(ProfileCost cost) => new()
    {
        ["profile"] = cost.Profile,
        ["lowPerDay"] = cost.Low,
        ["highPerDay"] = cost.High,
        ["lines"] = Array(cost.Lines, l => new JsonObject
        {
            ["item"] = l.Item,
            ["detail"] = l.Detail,
            ["lowPerDay"] = l.LowPerDay,
            ["highPerDay"] = l.HighPerDay,
            ["basis"] = l.Basis,
            ["missingPrices"] = Array(l.Missing, m => JsonValue.Create(m)),
        }),
        ["prices"] = Array(cost.Prices, p => new JsonObject
        {
            ["id"] = p.Id,
            ["usd"] = p.Usd,
            ["source"] = p.Source,
            ["read"] = p.Read,
            ["thirdParty"] = p.ThirdParty,
        }),
    };

    internal static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> node) => new(items.Select(node).ToArray());
}
