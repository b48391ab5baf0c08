using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components.FrontDoor;

/// <summary>
/// A service's backend service: its serverless endpoint group, and nothing a serverless backend cannot have: no
/// health check (and no empty list either: an imported one then fails, TPG#20361), no timeout, no balancing mode, no
/// port name (compute/backendService.d.ts; https://cloud.google.com/load-balancing/docs/negs/serverless-neg-concepts).
/// Its request log (logConfig) samples the share of requests the data gives; a sample rate "can only be specified if
/// logging is enabled" (types/input.d.ts BackendServiceLogConfig), so 0 is logging off
/// (https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring).
/// </summary>
public static class BackendServiceComponent
{
    public const string Type = "gcp:compute:BackendService";

    public static string ImportId(GcpLocation location, string name) => $"projects/{location.Project}/global/backendServices/{name}";

    public static ResourceDeclaration Declare(GcpLocation location, FrontDoorSpec door, FrontDoorBackend backend, ReferenceValue provider) => new(
        FrontDoorNames.BackendService(backend.Role),
        Type,
        new MapValue
        {
            { "name", backend.BackendService },
            { "project", location.Project },
            { "loadBalancingScheme", door.LoadBalancingScheme },
            { "protocol", door.BackendProtocol },
            { "backends", new ListValue { new MapValue { { "group", new ReferenceValue(FrontDoorNames.Neg(backend.Role), "id") } } } },
            { "logConfig", door.RequestLogSampleRate > 0
                ? new MapValue { { "enable", true }, { "sampleRate", new DecimalValue(door.RequestLogSampleRate) } }
                : new MapValue { { "enable", false } } },
        },
        new ResourceOptions { Provider = provider },
        [backend.WebSocketSessionSeconds is { } session
            ? $"{backend.Role}: WebSocket sessions up to {session} s, ended by Cloud Run's request timeout (a serverless backend has no timeout of its own)."
            : $"{backend.Role}: requests end at Cloud Run's request timeout (a serverless backend has no timeout of its own)."]);
}
