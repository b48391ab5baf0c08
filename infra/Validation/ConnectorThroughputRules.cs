using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;

namespace Netra.Infra.Validation;

/// <summary>
/// In every profile, the traffic the services attached to a connector expect at peak fits what the connector
/// carries at its maximum instances. The outage was this: services outgrowing their connector.
/// </summary>
public static class ConnectorThroughputRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var profile in context.Environment.Profiles.Values)
        {
            foreach (var (role, capacity) in profile.Connectors)
            {
                var path = $"profiles.{profile.Name}.connectors.{role}";
                var attached = profile.Services
                    .Where(s => s.Value.Connector == role && s.Value.ExpectedEgressMbps is not null)
                    .OrderBy(s => s.Key, StringComparer.Ordinal)
                    .ToList();
                if (context.IsBroken(path) || attached.Count == 0 || VpcConnectorLimits.CeilingMbps(capacity.MachineType, capacity.MaxInstances) is not { } ceiling)
                {
                    continue;
                }

                var expected = attached.Sum(s => s.Value.ExpectedEgressMbps!.Value);
                if (expected > ceiling)
                {
                    var parts = string.Join(" + ", attached.Select(s => $"{s.Key} {s.Value.ExpectedEgressMbps}"));
                    context.Error(DiagnosticCodes.ConnectorOverloaded, $"{path}.maxInstances",
                        $"the services attached expect {expected} Mbps at peak ({parts}), but {capacity.MaxInstances} × {capacity.MachineType} carry about {ceiling} Mbps " +
                        $"({VpcConnectorLimits.MbpsPerInstance[capacity.MachineType]} Mbps per instance, https://cloud.google.com/vpc/docs/serverless-vpc-access#scaling); " +
                        "raise maxInstances or the machine type, or move a service to another connector");
                }
            }
        }
    }
}
