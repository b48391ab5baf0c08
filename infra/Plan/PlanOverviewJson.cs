using System.Text.Json.Nodes;
using Netra.Infra.Cost;
using Netra.Infra.Model;

namespace Netra.Infra.Plan;

/// <summary>
/// `plan --all --format json`: what the PR comment shows, for machines — the environment's unconfirmed values once,
/// then each switch of <see cref="PlanOverview.Switches"/> as `plan --from --to --format json` has it, then each profile
/// as `plan --profile --format json` has it, so a script reads one document instead of one process per plan.
/// </summary>
public static class PlanOverviewJson
{
    public static string Render(string root, EnvironmentSpec environment, PriceTable? prices)
    {
        var document = new JsonObject
        {
            ["environment"] = environment.Name,
            ["unconfirmed"] = PlanJson.Unconfirmed(environment),
            ["switches"] = PlanJson.Array(PlanOverview.Switches(environment), s => PlanJson.Node(SwitchPlanner.Build(root, environment, s.From, s.To, prices))),
            ["profiles"] = PlanJson.Array(environment.Profiles.Values, p =>
                PlanJson.Joined(new JsonObject { ["profile"] = p.Name }, ProfileJson.Node(environment, p, prices is null ? null : CostModel.For(environment, p, prices)))),
        };
        return document.ToJsonString(PlanJson.Indented) + "\n";
    }
}
