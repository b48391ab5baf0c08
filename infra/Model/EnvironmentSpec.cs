using Netra.Infra.Config;

namespace Netra.Infra.Model;

/// <summary>
/// One environment, as `stacks/&lt;name&gt;.yaml` describes it, with all of its profiles, the runbook's steps, the
/// values no incident record states (<see cref="Inferred"/>), and what is ours yet (<see cref="Ownership"/>, changed
/// only by <see cref="OneTimeSteps"/>).
/// </summary>
public sealed record EnvironmentSpec(
    string Name,
    SourceFile File,
    GcpLocation Location,
    IReadOnlyDictionary<string, ConnectorSpec> Connectors,
    DatabaseSpec Database,
    IReadOnlyDictionary<string, SecretSpec> Secrets,
    IReadOnlyDictionary<string, ServiceSpec> Services,
    ExistingResources Existing,
    ObservabilitySpec Observability,
    IReadOnlyDictionary<string, ProfileSpec> Profiles,
    CloudNatSpec? CloudNat,
    IReadOnlyList<TransitionSpec> Transitions,
    TimingAllowances Allowances,
    IReadOnlyList<InferredFact> Inferred,
    Ownership Ownership,
    IReadOnlyList<OneTimeStep> OneTimeSteps,
    DirectEgressSpec? DirectEgress = null,
    FrontDoorSpec? FrontDoor = null)
{
    /// <summary>Whether some profile sends a service into the VPC by direct egress: the subnet then exists in every profile.</summary>
    public bool UsesDirectEgress => Profiles.Values.Any(p => p.Services.Values.Any(s => s.DirectEgress));

    /// <summary>The steady state every other profile is compared with.</summary>
    public const string SteadyProfile = "normal";

    /// <summary>The flags a profile runs with: the database's own, with the profile's on top; sorted by name,
    /// because list order in the provider once caused phantom diffs (TPG#13663).</summary>
    public IReadOnlyDictionary<string, string> DatabaseFlagsFor(ProfileSpec profile)
    {
        var flags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in Database.Flags.Concat(profile.DatabaseFlags))
        {
            flags[name] = value;
        }

        return flags;
    }
}
