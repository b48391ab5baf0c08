using Netra.Infra.Resources;

namespace Netra.Infra.Plan;

/// <summary>
/// The difference between two programs of one environment (two profiles), resource by resource and field by
/// field, in a stable order (the target's declaration order, then what only the source has), each resource with
/// the worst disruption among its fields.
/// </summary>
public static class ProfileDiff
{
    public static IReadOnlyList<ResourceChange> Between(ProgramDeclaration from, ProgramDeclaration to)
    {
        var before = from.Resources.ToDictionary(r => r.Name);
        var after = to.Resources.ToDictionary(r => r.Name);
        var changes = new List<ResourceChange>();
        foreach (var resource in to.Resources)
        {
            if (!before.TryGetValue(resource.Name, out var old))
            {
                var (created, why) = DisruptionRules.OfWhole(resource.Type, created: true);
                changes.Add(new ResourceChange(resource.Name, resource.Type, created, why, Fields(null, resource), Inventory.Fields(resource).ToDictionary(f => f.Path, f => f.Value), ChangeKind.Created));
                continue;
            }

            var fields = Fields(old, resource);
            if (fields.Count == 0)
            {
                continue;
            }

            var oldFields = Inventory.Fields(old).ToDictionary(f => f.Path, f => f.Value);
            var newFields = Inventory.Fields(resource).ToDictionary(f => f.Path, f => f.Value);
            var judged = fields.Select(f => DisruptionRules.Of(resource.Type, f, oldFields, newFields)).ToList();
            var worst = judged.Max(j => j.Disruption);
            var reasons = judged.Where(j => j.Disruption == worst).Select(j => j.Reason).Distinct();
            changes.Add(new ResourceChange(resource.Name, resource.Type, worst, string.Join("; ", reasons), fields, newFields));
        }

        foreach (var resource in from.Resources.Where(r => !after.ContainsKey(r.Name)))
        {
            var (deleted, why) = DisruptionRules.OfWhole(resource.Type, created: false);
            changes.Add(new ResourceChange(resource.Name, resource.Type, deleted, why, Fields(resource, null), new Dictionary<string, string>(), ChangeKind.Deleted));
        }

        return changes;
    }

    /// <summary>
    /// The fields that differ. `dependsOn` is left out: it orders Pulumi's operations and changes nothing in GCP, so
    /// a change that only reorders is no change (the step's timing reads the order from the programs themselves).
    /// `ignoreChanges` is left out too: it changes nothing in GCP either, only which of the program's inputs the engine
    /// replaces with the state's (pulumi/pulumi step_generator.go, processIgnoreChanges). An incident profile ignores
    /// exactly the fields its incident steps leave as they are (IncidentScopeOptions), so those steps' diffs are the
    /// same with it, and the incident and disruption rules judge what GCP sees, not the list.
    /// </summary>
    private static IReadOnlyList<FieldChange> Fields(ResourceDeclaration? from, ResourceDeclaration? to)
    {
        var before = from is null ? [] : Settings(from);
        var after = to is null ? [] : Settings(to);
        var paths = after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k)));
        return paths
            .Where(p => before.GetValueOrDefault(p) != after.GetValueOrDefault(p))
            .Select(p => new FieldChange(p, before.GetValueOrDefault(p), after.GetValueOrDefault(p)))
            .ToList();
    }

    private static Dictionary<string, string> Settings(ResourceDeclaration resource) =>
        Inventory.Fields(resource)
            .Where(f => !f.Path.StartsWith("options.dependsOn", StringComparison.Ordinal) && !f.Path.StartsWith("options.ignoreChanges", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => f.Value);
}
