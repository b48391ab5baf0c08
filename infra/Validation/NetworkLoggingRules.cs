using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Validation;

/// <summary>
/// The network's logs: the share of requests the front door's backend services log (0 to 1), and the direct-egress
/// subnet's flow logs, whose interval and metadata are the provider's values and whose sampling keeps something: a flow
/// log that samples nothing is a CIS 3.8 item ticked with no log behind it (NetworkLoggingLimits has the sources).
/// </summary>
public static class NetworkLoggingRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        if (environment.FrontDoor is { } door && !context.IsBroken("frontDoor")
            && !NetworkLoggingLimits.RequestSampleRate.Contains(door.RequestLogSampleRate))
        {
            context.Error(DiagnosticCodes.FrontDoor, "frontDoor.requestLogSampleRate",
                $"{door.RequestLogSampleRate} is out of range {NetworkLoggingLimits.RequestSampleRate.Allowed} (the share of requests logged: 0 none, 1 every one)");
        }

        if (environment.DirectEgress is not { FlowLogs: { } logs })
        {
            return;
        }

        if (!NetworkLoggingLimits.AggregationIntervals.Contains(logs.AggregationInterval))
        {
            context.Error(DiagnosticCodes.DirectEgress, "directEgress.flowLogs.aggregationInterval",
                $"'{logs.AggregationInterval}' is not a flow log interval (allowed: {string.Join(", ", NetworkLoggingLimits.AggregationIntervals)})");
        }

        if (!NetworkLoggingLimits.FlowSampleRate.Contains(logs.FlowSampling))
        {
            context.Error(DiagnosticCodes.DirectEgress, "directEgress.flowLogs.flowSampling",
                $"{logs.FlowSampling} is out of range: above 0, at most 1 (the share of flows logged; 0 would log none)");
        }

        if (!NetworkLoggingLimits.FlowLogMetadata.Contains(logs.Metadata))
        {
            context.Error(DiagnosticCodes.DirectEgress, "directEgress.flowLogs.metadata",
                $"'{logs.Metadata}' is not allowed (allowed: {string.Join(", ", NetworkLoggingLimits.FlowLogMetadata)}; CUSTOM_METADATA needs a field list this program does not declare)");
        }
    }
}
