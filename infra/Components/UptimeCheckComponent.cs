using System.Text.RegularExpressions;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// An HTTPS uptime check of one routed host of the front door: from outside, through the balancer and its certificate,
/// as users reach it. The certificate is validated ("Boolean specifying whether to include SSL certificate validation as
/// a part of the Uptime check. Only applies to checks where monitoredResource is set to uptime_url", magic-modules
/// UptimeCheckConfig.yaml), so a certificate that failed to renew fails the check, and the check writes
/// `uptime_check/time_until_ssl_cert_expires` for the expiry alert. A 2xx answer passes (the default when no status codes
/// are given, stated here so that the plan shows it).
/// </summary>
public static partial class UptimeCheckComponent
{
    public const string Type = "gcp:monitoring:UptimeCheckConfig";

    public static string LogicalName(string host) => $"uptime-{NonName().Replace(host, "-")}";

    public static ResourceDeclaration Declare(GcpLocation location, UptimeCheckSpec checks, string host, ReferenceValue provider)
    {
        var regions = new ListValue();
        foreach (var region in checks.Regions)
        {
            regions.Add(region);
        }

        var path = checks.Paths[host];
        return new ResourceDeclaration(
            LogicalName(host),
            Type,
            new MapValue
            {
                { "project", location.Project },
                { "displayName", $"netra {host}{path}" },
                // Immutable: a new period replaces the check (UptimeCheckConfig.yaml, period).
                { "period", $"{checks.PeriodSeconds}s" },
                { "timeout", $"{checks.TimeoutSeconds}s" },
                { "selectedRegions", regions },
                { "checkerType", "STATIC_IP_CHECKERS" },
                {
                    "monitoredResource", new MapValue
                    {
                        { "type", "uptime_url" },
                        { "labels", new MapValue { { "project_id", location.Project }, { "host", host } } },
                    }
                },
                {
                    "httpCheck", new MapValue
                    {
                        { "path", path },
                        { "port", 443 },
                        { "useSsl", true },
                        { "validateSsl", true },
                        { "requestMethod", "GET" },
                        { "acceptedResponseStatusCodes", new ListValue { new MapValue { { "statusClass", "STATUS_CLASS_2XX" } } } },
                    }
                },
            },
            new ResourceOptions { Provider = provider },
            [$"https://{host}{path} every {checks.PeriodSeconds} s from {Limits.UptimeCheckLimits.CheckersOf(checks.Regions).Count} checkers."]);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonName();
}
