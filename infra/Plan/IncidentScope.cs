using System.Text.RegularExpressions;
using Netra.Infra.Components;
using Netra.Infra.Model;

namespace Netra.Infra.Plan;

/// <summary>
/// What an incident step may change: capacity and routing, nothing else. Identities, IAM, secrets and generated
/// values, images, probes, timeouts and the database never change as a side effect of relief, so a step taken under
/// pressure can only be as bad as the capacity it moves. Judged field by field on the plan's own diff. The program of
/// the step's profile then ignores every field its incident steps leave as they are (IncidentScopeOptions), so an `up`
/// of it changes no more than was judged here, whatever else differs in the live environment.
/// </summary>
public static partial class IncidentScope
{
    public const string Allowed = "scaling, cpu and memory, database pools, connector attachment and egress, traffic, and connector sizes";

    /// <summary>Each resource the step changes beyond capacity and routing, with the fields (or the whole-resource
    /// change) that do.</summary>
    public static IReadOnlyList<(string Resource, IReadOnlyList<string> Changes)> Violations(IReadOnlyList<ResourceChange> changes) =>
        changes
            .Select(change => (change.Name, Outside: Outside(change)))
            .Where(v => v.Outside.Count > 0)
            .Select(v => (v.Name, (IReadOnlyList<string>)v.Outside))
            .ToList();

    private static List<string> Outside(ResourceChange change) => (change.Type, change.Kind, change.Disruption) switch
    {
        // A connector's size, from nothing to something and back, is capacity; its identity fields are not.
        (VpcConnectorComponent.Type, ChangeKind.Created or ChangeKind.Deleted, _) => [],
        (VpcConnectorComponent.Type, _, _) => Fields(change, path => path is "properties.machineType" or "properties.minInstances" or "properties.maxInstances"),
        (_, ChangeKind.Created, _) => [$"{change.Type} create"],
        (_, ChangeKind.Deleted, _) => [$"{change.Type} delete"],
        (_, _, Disruption.Replace) => [$"{change.Type} replaced"],
        (CloudRunServiceComponent.Type, _, _) => Fields(change, IsServiceCapacityOrRouting),
        // The program derives alert thresholds from the capacity they watch (a connector's maximum, max_connections):
        // they follow a capacity change, and change nothing that serves.
        (AlertPolicyComponent.Type, _, _) => Fields(change, path => path.StartsWith("properties.conditions[", StringComparison.Ordinal) || path == "properties.documentation.content"),
        _ => Fields(change, _ => false),
    };

    private static List<string> Fields(ResourceChange change, Func<string, bool> allowed) =>
        change.Fields
            .Where(f => !allowed(f.Path))
            .Select(f => $"{Short(f.Path)} ({f.Before ?? "unset"} → {f.After ?? "unset"})")
            .ToList();

    /// <summary>
    /// Service fields that are capacity or routing: service- and revision-level scaling, requests per instance
    /// (what autoscaling scales on), cpu and memory, the database pool variables, the connector and egress, and
    /// traffic. (dependsOn is not in the diff: it only orders Pulumi's operations.)
    /// </summary>
    private static bool IsServiceCapacityOrRouting(string path)
    {
        if (path.StartsWith("properties.scaling.", StringComparison.Ordinal)
            || path.StartsWith("properties.template.scaling.", StringComparison.Ordinal)
            || path.StartsWith("properties.template.vpcAccess.", StringComparison.Ordinal)
            || path.StartsWith("properties.traffics", StringComparison.Ordinal)
            || path is "properties.template.maxInstanceRequestConcurrency"
                or "properties.template.containers[0].resources.limits.cpu"
                or "properties.template.containers[0].resources.limits.memory")
        {
            return true;
        }

        // A pool variable's value (environment variables are named in the diff: envs[DATABASE_POOL_SIZE].value).
        var env = EnvValue().Match(path);
        return env.Success && DatabasePoolEnvironment.Names.Contains(env.Groups["name"].Value);
    }

    private static string Short(string path) => path.StartsWith("properties.", StringComparison.Ordinal) ? path["properties.".Length..] : path;

    [GeneratedRegex(@"^properties\.template\.containers\[0\]\.envs\[(?<name>[A-Za-z_][A-Za-z0-9_]*)\]\.value$")]
    private static partial Regex EnvValue();
}
