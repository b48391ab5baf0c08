using Netra.Infra.Model;

namespace Netra.Infra.Transitions;

/// <summary>
/// The hazards of going from one profile to another in one `pulumi up`. Pure: the load-time check, the plan and
/// the runbook all ask this.
/// </summary>
public static class TransitionHazards
{
    public static IReadOnlyList<TransitionHazard> Between(EnvironmentSpec environment, ProfileSpec from, ProfileSpec to)
    {
        var hazards = new List<TransitionHazard>();
        foreach (var (role, before) in from.Services.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            // Pulumi updates the service (its new revision on the other connector) and deletes the connector
            // afterwards, in the same run: the revisions still on that connector, the one to roll back to
            // included, lose their egress, and a failed start leaves the service with no working way back.
            if (before.Connector is { } connector
                && to.Services.TryGetValue(role, out var after)
                && after.Connector != connector
                && !to.Connectors.ContainsKey(connector))
            {
                var name = environment.Connectors.TryGetValue(connector, out var spec) ? spec.Name : connector;
                hazards.Add(new TransitionHazard(TransitionHazardKind.LeavesDeletedConnector, role,
                    $"{role} moves off connector '{connector}' ({name}), which the same step deletes: its revisions on {name}, the last known-good one included, lose their connector. " +
                    $"Move the services first in a profile that still has '{connector}', and delete it in the next step"));
            }
        }

        foreach (var (role, before) in from.Connectors.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (to.Connectors.TryGetValue(role, out var after)
                && (after.MinInstances < before.MinInstances || after.MaxInstances < before.MaxInstances))
            {
                var name = environment.Connectors.TryGetValue(role, out var spec) ? spec.Name : role;
                hazards.Add(new TransitionHazard(TransitionHazardKind.ReplacesConnector, role,
                    $"connector '{role}' ({name}) shrinks from {before.MinInstances}..{before.MaxInstances} to {after.MinInstances}..{after.MaxInstances} instances, which GCP does only by replacing it: deleted, then created, an outage for every service attached (TPG isInstanceShrinkage). " +
                    "Keep the counts and change only the machine type, or carry the extra capacity on another connector that exists in both profiles"));
            }
        }

        return hazards;
    }
}
