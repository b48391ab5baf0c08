using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// The route to the internet. All-traffic egress sends every outbound call of a service, its external APIs
/// included, through its connector into the network; from there only a Cloud NAT of that network in that region
/// reaches the internet. Without one, the service can reach the database and nothing else.
/// </summary>
public static class EgressRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        CheckReasons(context);
        if (environment.CloudNat is { } nat)
        {
            foreach (var (key, name) in new[] { ("cloudNat.router", nat.Router), ("cloudNat.name", nat.Name) }.Where(n => !nat.Existing || n.Item2.Length > 0))
            {
                CheckName(context, key, name);
            }

            return;
        }

        foreach (var profile in environment.Profiles.Values)
        {
            foreach (var (role, capacity) in profile.Services.Where(s => s.Value.Egress == Egress.AllTraffic))
            {
                var path = $"profiles.{profile.Name}.services.{role}";
                if (context.IsBroken(path) || !environment.Services.TryGetValue(role, out var service))
                {
                    continue;
                }

                context.Error(DiagnosticCodes.RunEgressWithoutNat, $"{path}.egress",
                    $"all-traffic sends every outbound call of {service.Name}, its external APIs included, {Route(capacity)} into {environment.Location.Network}, " +
                    $"where only a Cloud NAT on {environment.Location.Network} in {environment.Location.Region} reaches the internet (https://cloud.google.com/run/docs/configuring/vpc-connectors); " +
                    "declare one in cloudNat {router, name}, or state the one that exists with cloudNat {router, name, existing: true}, or use private-ranges-only");
            }
        }
    }

    /// <summary>
    /// All-traffic egress is stated with its reason: it sends a service's internet calls (LLM APIs, OAuth) through its
    /// connector too, so in a connector-capacity incident it pushes more traffic into the path that is saturated.
    /// With private-ranges-only, internet traffic never touches a connector.
    /// </summary>
    private static void CheckReasons(ValidationContext context)
    {
        foreach (var profile in context.Environment.Profiles.Values)
        {
            foreach (var (role, capacity) in profile.Services.Where(s => s.Value.Egress == Egress.AllTraffic && s.Value.EgressReason is null))
            {
                var path = $"profiles.{profile.Name}.services.{role}";
                if (!context.IsBroken(path))
                {
                    context.Error(DiagnosticCodes.RunEgressReason, $"{path}.egress",
                        capacity.DirectEgress
                            ? $"all-traffic sends {role}'s internet calls into the VPC as well, through Cloud NAT (which Google advises against on Cloud Run subnets, for its cost and 30 s or more of cold start); private-ranges-only sends them straight out. Say why in egressReason, or use private-ranges-only"
                            : $"all-traffic sends {role}'s internet calls through connector '{capacity.Connector}' as well, adding them to the connector's load (and through Cloud NAT); private-ranges-only keeps them off it. Say why in egressReason, or use private-ranges-only");
                }
            }
        }
    }

    private static string Route(Model.ServiceCapacity capacity) =>
        capacity.DirectEgress ? "by direct egress" : $"through connector '{capacity.Connector}'";

    private static void CheckName(ValidationContext context, string path, string name)
    {
        if (!ComputeNames.Name.IsMatch(name))
        {
            context.Error(DiagnosticCodes.CloudNat, path,
                $"'{name}' is not a Cloud Router/NAT name (1-63 characters, RFC1035: a lowercase letter first, lowercase letters, digits and hyphens, not ending with a hyphen; compute/router.d.ts)");
        }
    }
}
