using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// Alerts that train people to ignore alerts: a ratio that pages on one error in a quiet minute, a condition that stays
/// met for good (a connector at its maximum: connectors never scale in), and a wait for two serving revisions that a
/// rollout the runbook offers outlasts (AlertDesignRules, which judges it against the whole design).
/// </summary>
public static class AlertNoiseRules
{
    private const string Instances = "vpcaccess.googleapis.com/connector/instances";

    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        foreach (var (name, alert) in environment.Observability.Alerts)
        {
            var path = $"observability.alerts.{name}";
            if (context.IsBroken(path))
            {
                continue;
            }

            if (alert.Condition == AlertCondition.Ratio && alert.MinimumDenominator is null)
            {
                context.Error(DiagnosticCodes.AlertNoise, $"{path}.minimumDenominator",
                    "a ratio with no minimum volume fires on one failure among ten requests in a quiet hour: give the requests the window must hold (e.g. 100)");
            }

            if (alert.Condition == AlertCondition.Threshold && alert.Filter.Contains($"metric.type=\"{Instances}\"", StringComparison.Ordinal))
            {
                context.Error(DiagnosticCodes.AlertNoise, $"{path}.condition",
                    "a threshold on a connector's instances stays met once the connector has scaled out, because connectors never scale in (https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling): the incident never closes. Use `condition: connector-reached-max`, which fires when a connector reaches its maximum and closes after the window");
            }
        }
    }
}
