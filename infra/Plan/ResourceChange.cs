namespace Netra.Infra.Plan;

/// <summary>
/// A resource's change between two profiles, with its disruption and why. <see cref="Kind"/> says whether the resource
/// is created, updated or deleted (a creation can disrupt more than "create": a new secret version rotates a value).
/// <see cref="After"/> holds every field of the resource as the target declares it (empty for a deletion), for rules
/// that need a field's context.
/// </summary>
public sealed record ResourceChange(
    string Name,
    string Type,
    Disruption Disruption,
    string Reason,
    IReadOnlyList<FieldChange> Fields,
    IReadOnlyDictionary<string, string> After,
    ChangeKind Kind = ChangeKind.Updated);

public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}
