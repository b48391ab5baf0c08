using Netra.Infra.Components;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Adoption;

/// <summary>
/// What adoption leaves out: the resources a profile's program declares that its adoption program does not (the
/// standby connector, the direct-egress subnet, the alerts, …). Once an `up` of the profile has made them, an adoption
/// `up` would delete every one, because Pulumi deletes what a program stops declaring.
/// </summary>
public static class AdoptionScope
{
    /// <summary>The profile's resources absent from its adoption program, providers left out (deleting a provider
    /// deletes nothing in GCP), in the program's order.</summary>
    public static IReadOnlyList<ResourceDeclaration> LeftOut(EnvironmentSpec environment, ProfileSpec profile)
    {
        var adopted = StackProgram.Build(new Deployment(environment, profile, Adopt: true)).Resources.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return StackProgram.Build(new Deployment(environment, profile)).Resources
            .Where(r => !adopted.Contains(r.Name) && !r.Type.StartsWith(ProviderTypePrefix, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>`pulumi:providers:gcp`: a provider resource's type (pulumi/pulumi sdk/go/common/resource/providers).</summary>
    public const string ProviderTypePrefix = "pulumi:providers:";
}
