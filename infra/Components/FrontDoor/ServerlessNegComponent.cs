using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components.FrontDoor;

/// <summary>
/// A serverless network endpoint group: the balancer's way to one Cloud Run service, in the service's region
/// (compute/regionNetworkEndpointGroup.d.ts, cloudRun.service; the provider's example, magic-modules
/// mmv1/templates/terraform/samples/services/compute/region_network_endpoint_group_cloudrun.tf.tmpl). Immutable: any
/// change replaces it, and it cannot be edited while a backend service uses it (TPG#7311).
/// </summary>
public static class ServerlessNegComponent
{
    public const string Type = "gcp:compute:RegionNetworkEndpointGroup";

    public static string ImportId(GcpLocation location, string name) => $"projects/{location.Project}/regions/{location.Region}/networkEndpointGroups/{name}";

    public static ResourceDeclaration Declare(GcpLocation location, FrontDoorBackend backend, ServiceSpec service, ReferenceValue provider) => new(
        FrontDoorNames.Neg(backend.Role),
        Type,
        new MapValue
        {
            { "name", backend.Neg },
            { "project", location.Project },
            { "region", location.Region },
            { "networkEndpointType", "SERVERLESS" },
            // The service's name from the service resource, so the group waits for the service on a first run.
            { "cloudRun", new MapValue { { "service", new ReferenceValue(CloudRunServiceComponent.LogicalName(service.Role), "name") } } },
        },
        new ResourceOptions { Provider = provider },
        [$"{service.Role}: the front door's endpoint group for {service.Name}."]);
}
