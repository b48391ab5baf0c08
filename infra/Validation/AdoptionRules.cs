using Netra.Infra.Adoption;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>
/// Adoption mode declares only what exists today, so what it declares must be complete in itself: every
/// existing object is part of the profile, and an existing service's connector exists too. And it changes nothing:
/// the services keep their identities and every secret its value, so adoption runs before either is ours. And it runs
/// once: after `existing.adopted: true`, an adoption `up` would delete everything its program leaves out.
/// </summary>
public static class AdoptionRules
{
    public static void Check(EnvironmentSpec environment, ProfileSpec profile, DiagnosticBag diagnostics)
    {
        var file = environment.File.DisplayName;
        var existing = environment.Existing;
        foreach (var role in existing.Connectors.Where(r => !profile.Connectors.ContainsKey(r)))
        {
            diagnostics.Error(DiagnosticCodes.Adoption, file, "existing.connectors",
                $"connector '{role}' is not in profile {profile.Name}: adopt with a profile that declares everything that exists (normal)");
        }

        foreach (var role in existing.Services)
        {
            if (!profile.Services.TryGetValue(role, out var capacity))
            {
                diagnostics.Error(DiagnosticCodes.Adoption, file, "existing.services", $"no service '{role}' in services");
            }
            else if (capacity.Connector is { } connector && !existing.Connectors.Contains(connector))
            {
                diagnostics.Error(DiagnosticCodes.Adoption, file, $"profiles.{profile.Name}.services.{role}.connector",
                    $"'{connector}' does not exist yet, so adopting {role} with it would change the service; adopt with the profile that matches today (normal), then switch profiles");
            }
        }

        if (environment.Ownership.OwnsIdentities)
        {
            diagnostics.Error(DiagnosticCodes.Adoption, file, "ownership.identities",
                "'own' would move every adopted service to a new service account in the adoption's own `up`: adopt with identities: existing, then take them over in the own-identities one-time step");
        }

        if (environment.Ownership.GeneratesCredentials)
        {
            diagnostics.Error(DiagnosticCodes.Adoption, file, "ownership.credentials",
                "'generated' would rotate the database password and the JWT key in the adoption's own `up` (new random values, new secret versions, the user's password reset): adopt with credentials: existing, then rotate them in the generated-credentials one-time step");
        }

        if (existing.Adopted)
        {
            // Only valid data builds a program: with other errors the count waits for their fix.
            var leftOut = diagnostics.HasErrors ? null : AdoptionScope.LeftOut(environment, profile);
            var what = leftOut is null
                ? "every resource its program leaves out"
                : $"the {leftOut.Count} resources its program leaves out ({string.Join(", ", leftOut.GroupBy(r => r.Type).Select(g => $"{g.Count()} {g.Key}"))})";
            diagnostics.Error(DiagnosticCodes.Adoption, file, "existing.adopted",
                $"true says adoption is done: once an `up` of the stack has made the rest, adopting again would delete {what}, because Pulumi deletes what a program no longer declares. " +
                $"Run the profile instead: pulumi up --stack {environment.Name}");
        }

        if (existing is { Connectors.Count: 0, Services.Count: 0, Database: false })
        {
            diagnostics.Error(DiagnosticCodes.Adoption, file, "existing", "adoption mode is on, but nothing is listed as existing: list what exists today");
        }
    }
}
