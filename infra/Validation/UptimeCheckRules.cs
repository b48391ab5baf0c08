using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Validation;

/// <summary>
/// The front door's uptime checks: every routed host checked, nothing else; a period and timeout the API takes; regions
/// it knows, with at least three distinct checkers (UptimeCheckLimits). When the balancer or its certificate fails,
/// Cloud Run sees no requests at all, so only a check from outside sees it.
/// </summary>
public static class UptimeCheckRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        const string path = "observability.uptimeChecks";
        if (environment.Observability.UptimeChecks is not { } checks)
        {
            if (environment.FrontDoor is not null)
            {
                context.Error(DiagnosticCodes.UptimeCheck, path,
                    "the front door has no uptime checks: when the balancer or its certificate fails, Cloud Run sees no requests and no other alert fires; check every routed host (periodSeconds, timeoutSeconds, regions, paths)");
            }

            return;
        }

        if (!UptimeCheckLimits.PeriodsSeconds.Contains(checks.PeriodSeconds))
        {
            context.Error(DiagnosticCodes.UptimeCheck, $"{path}.periodSeconds",
                $"{checks.PeriodSeconds} is not a period the API takes (allowed: {string.Join(", ", UptimeCheckLimits.PeriodsSeconds.Values)}; UptimeCheckConfig.period)");
        }

        if (!UptimeCheckLimits.TimeoutSeconds.Contains(checks.TimeoutSeconds))
        {
            context.Error(DiagnosticCodes.UptimeCheck, $"{path}.timeoutSeconds",
                $"{checks.TimeoutSeconds} is out of range {UptimeCheckLimits.TimeoutSeconds} (\"must be between 1 and 60 seconds\", UptimeCheckConfig.timeout)");
        }

        foreach (var region in checks.Regions.Where(r => !UptimeCheckLimits.Checkers.ContainsKey(r)))
        {
            context.Error(DiagnosticCodes.UptimeCheck, $"{path}.regions", $"'{region}' is not an uptime-check region (allowed: {string.Join(", ", UptimeCheckLimits.Checkers.Keys)})");
        }

        var checkers = UptimeCheckLimits.CheckersOf(checks.Regions);
        if (checkers.Count < UptimeCheckLimits.MinimumCheckers)
        {
            context.Error(DiagnosticCodes.UptimeCheck, $"{path}.regions",
                $"{string.Join(", ", checks.Regions)} run from {checkers.Count} checker(s) ({string.Join(", ", checkers)}); the API needs at least {UptimeCheckLimits.MinimumCheckers} (USA has three, EUROPE, SOUTH_AMERICA and ASIA_PACIFIC one each)");
        }

        if (context.HasErrorsUnder("frontDoor"))
        {
            // Routes already refused: the paths are checked against routes that are right.
            return;
        }

        var routed = environment.FrontDoor?.Routes.Select(r => r.Host).Distinct(StringComparer.Ordinal).ToList() ?? [];
        foreach (var host in routed.Where(h => !checks.Paths.ContainsKey(h)))
        {
            context.Error(DiagnosticCodes.UptimeCheck, $"{path}.paths", $"routed host {host} has no path to check: every host users reach is checked (e.g. {host}: /)");
        }

        foreach (var (host, checkedPath) in checks.Paths)
        {
            if (!routed.Contains(host))
            {
                context.Error(DiagnosticCodes.UptimeCheck, $"{path}.paths.{host}", $"{host} is not a host of frontDoor.routes (routed: {string.Join(", ", routed)}): a check of a host nobody routes watches nothing");
            }

            if (!checkedPath.StartsWith('/') || checkedPath.Contains('#'))
            {
                context.Error(DiagnosticCodes.UptimeCheck, $"{path}.paths.{host}", $"'{checkedPath}' is not a path: it starts with / (e.g. /health)");
            }
        }
    }
}
