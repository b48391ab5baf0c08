using Netra.Infra.Components;
using Netra.Infra.Plan;

namespace Netra.Infra.Switch;

/// <summary>
/// The live preview of a step against its offline plan, step by step. Allowed: an update of a resource the plan
/// updates, in fields the plan changes; a create the plan makes. Refused: any other resource or field (a hand-made
/// change the step would revert, a deploy since the data was written), any replace or delete, and any change at all to
/// the Cloud SQL instance. The resources it allows are the ones the update may touch (`--target`).
/// </summary>
public static class PreviewComparison
{
    public sealed record Result(IReadOnlyList<PreviewDiscrepancy> Discrepancies, IReadOnlyList<string> Targets, IReadOnlyList<string> AlreadyDone, IReadOnlyList<string> HeldBack);

    /// <param name="heldBack">For a step out of an incident profile that is not itself an incident step: per resource, the
    /// paths the incident profile's program ignored (its ignoreChanges). Data changed while staging was there (a one-time
    /// step such as grow-primary merged mid-incident) reached no resource; the calm step out applies it, named.</param>
    public static Result Compare(PreviewDigest preview, IReadOnlyList<ResourceChange> planned, IReadOnlyDictionary<string, IReadOnlyList<string>>? heldBack = null)
    {
        var held = new List<string>();
        var byName = planned.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var discrepancies = new List<PreviewDiscrepancy>();
        var targets = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in preview.Steps)
        {
            seen.Add(step.Name);
            if (step.Type == "pulumi:pulumi:Stack")
            {
                // The stack itself carries the outputs (`profile` among them): it is always part of the update.
                targets.Add(step.Urn);
                continue;
            }

            if (step.ChangesNothing)
            {
                continue;
            }

            var change = byName.GetValueOrDefault(step.Name);
            var problem = Judge(step, change);
            if (problem is { Op: "update", Fields.Count: > 0 } && step.Type != CloudSqlInstanceComponent.Type
                && heldBack?.GetValueOrDefault(step.Name) is { } ignored && problem.Fields.All(f => ignored.Any(path => Under(f, path))))
            {
                held.Add($"{step.Name}: {string.Join(", ", problem.Fields)}");
                problem = null;
            }

            if (problem is null)
            {
                targets.Add(step.Urn);
            }
            else
            {
                discrepancies.Add(problem);
            }
        }

        // What the plan changes and the preview does not: already as the step wants it (a person did it by hand).
        var done = planned.Where(c => !seen.Contains(c.Name) || preview.Steps.Any(s => s.Name == c.Name && s.ChangesNothing)).Select(c => c.Name).ToList();
        return new Result(discrepancies, targets, done, held);
    }

    /// <summary>Whether a preview path lies under an ignoreChanges path (`*` covers the whole resource).</summary>
    private static bool Under(string previewPath, string ignored)
    {
        if (ignored == "*")
        {
            return true;
        }

        var (a, b) = (Segments(previewPath), Segments(ignored.Replace("[\"", ".", StringComparison.Ordinal).Replace("\"]", "", StringComparison.Ordinal)));
        return a.Count >= b.Count && a.Take(b.Count).SequenceEqual(b);
    }

    private static PreviewDiscrepancy? Judge(PreviewStep step, ResourceChange? change)
    {
        PreviewDiscrepancy Refuse(string why, IReadOnlyList<string>? fields = null) => new(step.Name, step.Type, step.Op, fields ?? [], why);

        if (step.Type == CloudSqlInstanceComponent.Type)
        {
            return Refuse("a switch never changes the database instance (a flag change may restart it): whatever differs was changed outside this program; keep it, and bring the data in line after the incident", Fields(step));
        }

        switch (step.Op)
        {
            case "create" when change is { Kind: ChangeKind.Created }:
                return null;
            case "create":
                return Refuse("the step creates nothing here: the resource is missing from the stack's state or from GCP");
            case "update" when change is null:
                return Refuse("the step does not change this resource: the difference is live drift (a change made outside this program), which the step would revert", Fields(step));
            case "update" when change.Kind != ChangeKind.Updated:
                return Refuse($"the step {change.Kind.ToString().ToLowerInvariant()}s this resource, the preview updates it");
            case "update":
                var outside = Fields(step).Where(f => !change.Fields.Any(planned => SamePath(f, planned.Path))).ToList();
                var replacing = step.DetailedDiff.Where(d => d.Value.EndsWith("-replace", StringComparison.Ordinal)).Select(d => d.Key).Concat(step.ReplaceReasons).Distinct().ToList();
                if (replacing.Count > 0)
                {
                    return Refuse("these fields would replace the resource", replacing);
                }

                return outside.Count == 0 ? null : Refuse("the step does not change these fields: they differ live (changed outside this program), and the step would revert them", outside);
            case "delete" or "delete-replaced" or "discard" or "discard-replaced":
                return Refuse("a switch deletes nothing");
            default:
                return Refuse($"a switch does not {step.Op} resources (only updates, and the creates its plan makes)", Fields(step));
        }
    }

    /// <summary>The paths the preview reports: the property-level diff, or the top-level properties when the
    /// provider gave none.</summary>
    private static IReadOnlyList<string> Fields(PreviewStep step) =>
        step.DetailedDiff.Count > 0 ? step.DetailedDiff.Keys.Order(StringComparer.Ordinal).ToList() : step.DiffReasons;

    /// <summary>
    /// Whether a preview path and a plan path (`properties.template.vpcAccess.connector`) are the same field, or one
    /// holds the other (a provider reports an added block by its parent). List items compare by position only: the
    /// plan names environment variables (`envs[POOL]`) where the provider numbers them (`envs[3]`).
    /// </summary>
    public static bool SamePath(string previewPath, string planPath)
    {
        var a = Segments(previewPath);
        var b = Segments(planPath.StartsWith("properties.", StringComparison.Ordinal) ? planPath["properties.".Length..] : planPath);
        var common = Math.Min(a.Count, b.Count);
        return common > 0 && a.Take(common).SequenceEqual(b.Take(common));
    }

    private static List<string> Segments(string path)
    {
        var segments = new List<string>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                segments.Add(part);
                continue;
            }

            if (bracket > 0)
            {
                segments.Add(part[..bracket]);
            }

            segments.AddRange(Enumerable.Repeat("[]", part.Count(c => c == '[')));
        }

        return segments;
    }
}
