using System.Text.RegularExpressions;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// Who the services run as. Until identities are ours (`ownership.identities: existing`) the program declares no account
/// and Cloud Run keeps the live one, stated in `runsAs`; a service the program would create then gets Cloud Run's default,
/// the Compute Engine default service account, which is granted Editor on the project unless an organization policy
/// stops it (https://cloud.google.com/run/docs/securing/service-identity,
/// https://cloud.google.com/compute/docs/access/service-accounts#default_service_account): refused.
/// </summary>
public static partial class ServiceIdentityRules
{
    /// <summary>A service account's email: its ID (6-30 characters) @ the project's iam.gserviceaccount.com, or the
    /// Compute Engine default, PROJECT_NUMBER-compute@developer.gserviceaccount.com.</summary>
    [GeneratedRegex(@"^([a-z][-a-z0-9]{4,28}[a-z0-9]@[a-z][-a-z0-9]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com|[0-9]{1,20}-compute@developer\.gserviceaccount\.com)$")]
    public static partial Regex ServiceAccountEmail();

    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        foreach (var (role, service) in environment.Services)
        {
            if (context.IsBroken($"services.{role}"))
            {
                continue;
            }

            if (service.RunsAs != ServiceSpec.DefaultComputeAccount && !ServiceAccountEmail().IsMatch(service.RunsAs))
            {
                context.Error(DiagnosticCodes.ServiceIdentity, $"services.{role}.runsAs",
                    $"'{service.RunsAs}' is not an account a service runs as: {ServiceSpec.DefaultComputeAccount} (the project's Compute Engine default), or a service account's email (<id>@<project>.iam.gserviceaccount.com)");
            }

            if (!environment.Ownership.OwnsIdentities && !environment.Existing.Services.Contains(role))
            {
                context.Error(DiagnosticCodes.ServiceIdentity, $"services.{role}",
                    $"this program would create {service.Name} (it is not in existing.services) with no account of its own, since ownership.identities is existing, so Cloud Run would run it as the Compute Engine default service account, which holds Editor on the project, beside the secrets it reads: set ownership.identities: own (the one-time step own-identities), or list {role} in existing.services if it exists");
            }
        }
    }
}
