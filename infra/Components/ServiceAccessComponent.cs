using System.Text.RegularExpressions;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// Who may invoke a Cloud Run service, when it is not public: one roles/run.invoker member binding per member, never
/// an authoritative policy (which would remove bindings others made). A public service needs none: its invoker check
/// is off (`invokerIamDisabled`, on the service itself).
/// </summary>
public static partial class ServiceAccessComponent
{
    public const string InvokerType = "gcp:cloudrunv2:ServiceIamMember";
    public const string InvokerRole = "roles/run.invoker";

    public static string LogicalName(string role, string member) => $"{role}-invoker-{Slug().Replace(member.ToLowerInvariant(), "-").Trim('-')}";

    /// <summary>The import id, space-separated as the provider takes IAM members (cloudrunv2/serviceIamMember.d.ts, "Import").</summary>
    public static string ImportId(GcpLocation location, string service, string member) =>
        $"projects/{location.Project}/locations/{location.Region}/services/{service} {InvokerRole} {member}";

    public static ResourceDeclaration DeclareInvoker(GcpLocation location, ServiceSpec service, string member, ReferenceValue provider) => new(
        LogicalName(service.Role, member),
        InvokerType,
        new MapValue
        {
            { "name", new ReferenceValue(CloudRunServiceComponent.LogicalName(service.Role), "name") },
            { "project", location.Project },
            { "location", location.Region },
            { "role", InvokerRole },
            { "member", member },
        },
        new ResourceOptions { Provider = provider },
        [$"{member} may invoke {service.Name}."]);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
