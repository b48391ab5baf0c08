using Netra.Infra.Components;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Resources;

namespace Netra.Infra.Capacity;

/// <summary>
/// The revisions an incident step may find still draining from the incident step before it: during one incident the
/// steps come minutes apart (the standby saturates too, and the backend leaves it for direct egress), while a
/// replaced revision finishes its in-flight requests for up to its request timeout (WebSockets included:
/// https://cloud.google.com/run/docs/triggering/websockets). So each service whose serving revision one incident
/// step into the profile changed still holds the pools of the revision it left. One step back is counted: a third
/// step within one request timeout is not something the runbook offers.
/// </summary>
public static class DrainingRevisions
{
    public sealed record Draining(ServiceCapacity Capacity, TransitionSpec Step);

    public static IReadOnlyDictionary<string, Draining> Before(EnvironmentSpec environment, string profile, Func<ProfileSpec, ProgramDeclaration> programs)
    {
        var draining = new Dictionary<string, Draining>(StringComparer.Ordinal);
        foreach (var step in environment.Transitions.Where(t => t.Incident && t.To == profile))
        {
            var (from, to) = (environment.Profiles[step.From], environment.Profiles[step.To]);
            var changes = ProfileDiff.Between(programs(from), programs(to));
            foreach (var role in environment.Services.Keys.Where(r => changes.Any(c => c.Name == CloudRunServiceComponent.LogicalName(r) && ServiceChanges.ChangesServingRevision(c))))
            {
                if (from.Services.TryGetValue(role, out var capacity)
                    && (!draining.TryGetValue(role, out var known) || capacity.MaxConnections > known.Capacity.MaxConnections))
                {
                    draining[role] = new Draining(capacity, step);
                }
            }
        }

        return draining;
    }
}
