namespace Netra.Infra.Plan;

/// <summary>
/// A resource's change between two profiles, with its disruption and why. <see cref="After"/> holds every field of
/// the resource as the target profile declares it (empty for a deletion), for rules that need a field's context.
/// </summary>
public sealed record ResourceChange(string Name, string Type, Disruption Disruption, string Reason, IReadOnlyList<FieldChange> Fields, IReadOnlyDictionary<string, string> After);
