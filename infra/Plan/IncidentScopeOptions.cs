using Netra.Infra.Components;
using Netra.Infra.Resources;

namespace Netra.Infra.Plan;

/// <summary>
/// An incident step's scope, enforced by the engine whatever command runs it: the program of a profile that incident
/// steps lead to ignores, resource by resource, every input those steps do not change (the load-time rule,
/// <see cref="IncidentScope"/>, already refuses a step that changes more than capacity and routing).
/// <para>
/// Why: with `refresh: always` (Pulumi.yaml) an `up` starts from the live values and applies every difference between
/// them and the program, so a `max_connections` raised by hand during the outage would go back to 100, restarting Cloud
/// SQL mid-incident. What the engine does with `ignoreChanges`, read from pulumi/pulumi (3.259, 1b594989):
/// pkg/resource/deploy/step_generator.go, processIgnoreChanges, resets each path in a copy of the goal's inputs with
/// sdk/go/common/resource/properties_path.go, PropertyPath.Reset: a key the old inputs have takes the old value; a key
/// they lack is deleted from the goal (so it stays absent); a list index both lists have takes the old item, one that
/// only one list has cannot be reset (the path is reported as an info message and the goal keeps its own item), and a
/// missing index along a path fails the same way; `"*"` alone copies every old input (since 3.73.0, pulumi#13005). The
/// old inputs are the state's, which a refresh replaces with what the provider read (pkg/resource/deploy/step.go,
/// RefreshStep.Apply): after `refresh: always`, the live values.
/// </para>
/// <para>
/// The provider then diffs the goal against the live resource itself, and pulumi-gcp's bridge honours only paths it can
/// match exactly, never a wildcard (pulumi/pulumi-terraform-bridge pkg/tfbridge/diff.go, computeIgnoreChanges;
/// pulumi-terraform-bridge#3177, "wildcards do not get processed at all in the bridge", wont-fix). That matters for what
/// a refresh leaves out of the inputs: it reads back only the inputs already there (pkg/tfbridge/schema.go,
/// ExtractInputsFromOutputs, extractInputs), so a list item added by hand (a database flag, an environment variable) is
/// in the live resource but not in the inputs the wildcard copies, and the provider's plan would remove it. Paths are
/// therefore named down to the top-level properties, and `"*"` only leads the list of a resource no step changes.
/// </para>
/// <para>
/// What a step creates is created with every input it declares: processIgnoreChanges runs only against an old state
/// (step_generator.go, continueStepsFromImport: `if old != nil`). A creation therefore puts no path into the scope.
/// A reference whose text the step keeps but whose target it replaces would keep the old target's value; the load-time
/// rule refuses replacements in incident steps (<see cref="IncidentScope"/>), so none reaches here.
/// </para>
/// </summary>
public static class IncidentScopeOptions
{
    /// <summary>The inventory's root of a resource's inputs (<see cref="Inventory.Fields"/>).</summary>
    private const string Root = "properties";

    /// <summary>Provider resources configure the engine's plugins (their version pins the plugin) and change nothing in
    /// GCP: left as they are.</summary>
    private const string ProviderTypePrefix = "pulumi:providers:";

    /// <summary>The target's program with each resource's ignoreChanges scoped to what the steps from the
    /// <paramref name="sources"/> (the unscoped programs of the incident steps' profiles) change.</summary>
    public static ProgramDeclaration Apply(ProgramDeclaration target, IReadOnlyList<ProgramDeclaration> sources)
    {
        var scoped = For(target, sources);
        return target with
        {
            Resources = target.Resources
                .Select(r => scoped.TryGetValue(r.Name, out var paths) ? r with { Options = r.Options with { IgnoreChanges = paths } } : r)
                .ToList(),
        };
    }

    /// <summary>
    /// Logical name → ignoreChanges, for every resource of <paramref name="target"/> but the providers: the resource's own
    /// paths that no step touches, followed by the coarsest paths of everything the steps from the
    /// <paramref name="sources"/> leave as it is; led by `"*"` when no step changes the resource (or only creates it).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> For(ProgramDeclaration target, IReadOnlyList<ProgramDeclaration> sources)
    {
        // The plan's own diff, so that the scope is exactly what the load-time rules judged.
        var steps = sources
            .Select(source => (Before: source.Resources.ToDictionary(r => r.Name), Changes: ProfileDiff.Between(source, target).ToDictionary(c => c.Name)))
            .ToList();
        var scoped = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var resource in target.Resources.Where(r => !r.Type.StartsWith(ProviderTypePrefix, StringComparison.Ordinal)))
        {
            var changed = steps
                .SelectMany(s => s.Changes.TryGetValue(resource.Name, out var change) && change.Kind == ChangeKind.Updated ? change.Fields : [])
                .Select(f => f.Path)
                .Where(p => p.StartsWith(Root + ".", StringComparison.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
            var before = steps.Select(s => s.Before.GetValueOrDefault(resource.Name)?.Properties).OfType<PropertyValue>().ToList();
            var unchanged = new List<string>();
            Entries(resource.Properties, Root, [], before, changed, unchanged);
            var merged = Merge(resource, changed, unchanged);
            // Untouched: the engine's wildcard, and every top-level property by name for the provider's own diff (above).
            scoped[resource.Name] = changed.Count == 0 ? [StackProgram.AllProperties, .. merged] : merged;
        }

        return scoped;
    }

    /// <summary>Each entry of a mapping: ignored whole when no step changes anything under it, else looked into.</summary>
    private static void Entries(MapValue map, string at, IReadOnlyList<object> path, IReadOnlyList<PropertyValue> before, HashSet<string> changed, List<string> unchanged)
    {
        foreach (var (key, value) in map.Entries)
        {
            var (keyAt, keyPath) = ($"{at}.{key}", (IReadOnlyList<object>)[.. path, key]);
            if (!Touches(changed, keyAt))
            {
                unchanged.Add(PropertyPaths.Format(keyPath));
                continue;
            }

            var inner = before.Select(b => (b as MapValue)?[key]).OfType<PropertyValue>().ToList();
            switch (value)
            {
                case MapValue { Entries.Count: > 0 } nested:
                    Entries(nested, keyAt, keyPath, inner, changed, unchanged);
                    break;
                case ListValue list:
                    Items(list, keyAt, keyPath, inner, changed, unchanged);
                    break;
                default:
                    // A changed value (an empty mapping is one value in the inventory too): the step's.
                    break;
            }
        }
    }

    /// <summary>
    /// Each item of a list, by position: a path reaches an item by its index, so ignoring item i keeps the state's item i
    /// (PropertyPath.Reset). The inventory compares named items (environment variables, database flags) by name, so an
    /// index is the same item only where every source holds the same names at the same positions; an added, removed or
    /// reordered named item makes the whole list the step's.
    /// </summary>
    private static void Items(ListValue list, string at, IReadOnlyList<object> path, IReadOnlyList<PropertyValue> before, HashSet<string> changed, List<string> unchanged)
    {
        var names = Inventory.ItemNames(list);
        if (names is not null && before.OfType<ListValue>().Any(b => !SamePositions(names, Inventory.ItemNames(b))))
        {
            return;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            var (itemAt, itemPath) = (names is null ? $"{at}[{i}]" : $"{at}[{names[i]}]", (IReadOnlyList<object>)[.. path, i]);
            if (!Touches(changed, itemAt))
            {
                unchanged.Add(PropertyPaths.Format(itemPath));
                continue;
            }

            // A named item (its name is its identity) or a flat one (a traffic target: type, revision, percent) is kept or
            // taken whole: half from the state's item at that position and half from the program could make an entry that
            // is neither, such as a pin to the new revision at a hand-made split's percent. An item made of parts (a
            // container: resources, envs, probes) is looked into, each part its own concern.
            if (names is null && list.Items[i] is MapValue item && item.Entries.Any(e => e.Value is MapValue or ListValue))
            {
                var index = i;
                var inner = before.Select(b => b is ListValue l && index < l.Items.Count ? l.Items[index] : null).OfType<PropertyValue>().ToList();
                Entries(item, itemAt, itemPath, inner, changed, unchanged);
            }
        }
    }

    private static bool SamePositions(IReadOnlyList<string> names, IReadOnlyList<string>? before) =>
        before is not null && names.Zip(before).All(pair => pair.First == pair.Second);

    /// <summary>
    /// The resource's own ignoreChanges (a service's deploy-pipeline fields) first, except any that covers a field a step
    /// changes, then the scope's paths it does not list yet.
    /// </summary>
    private static IReadOnlyList<string> Merge(ResourceDeclaration resource, HashSet<string> changed, List<string> unchanged)
    {
        var kept = resource.Options.IgnoreChanges.Where(p => !Covers(resource, p, changed)).ToList();
        return [.. kept, .. unchanged.Where(p => !kept.Contains(p, StringComparer.Ordinal))];
    }

    /// <summary>Whether an ignoreChanges path covers, or lies inside, a field a step changes: its segments are followed
    /// through the declaration to the inventory's form (named items by name). An unparseable path ignores nothing (the
    /// engine skips it: processIgnoreChanges).</summary>
    private static bool Covers(ResourceDeclaration resource, string ignored, HashSet<string> changed)
    {
        if (PropertyPaths.Parse(ignored) is not { } segments)
        {
            return false;
        }

        var at = Root;
        PropertyValue? node = resource.Properties;
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case "*":
                    // The wildcard covers everything under where it stands.
                    return Touches(changed, at);
                case string key:
                    (at, node) = ($"{at}.{key}", (node as MapValue)?[key]);
                    break;
                case int index:
                    var list = node as ListValue;
                    var names = list is null ? null : Inventory.ItemNames(list);
                    at = names is not null && index >= 0 && index < names.Count ? $"{at}[{names[index]}]" : $"{at}[{index}]";
                    node = list is not null && index >= 0 && index < list.Items.Count ? list.Items[index] : null;
                    break;
            }
        }

        return Touches(changed, at) || changed.Any(c => at.StartsWith(c + ".", StringComparison.Ordinal) || at.StartsWith(c + "[", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a step changes the field at <paramref name="at"/> or anything under it. A key with a `.` in it (an
    /// annotation) can make an unrelated path look nested here: that only ignores less, never a changed field.
    /// </summary>
    private static bool Touches(HashSet<string> changed, string at) =>
        changed.Any(c => c == at || c.StartsWith(at + ".", StringComparison.Ordinal) || c.StartsWith(at + "[", StringComparison.Ordinal));
}
