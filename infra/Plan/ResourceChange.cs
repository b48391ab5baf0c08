namespace Netra.Infra.Plan;

/// <summary>A resource's change between two profiles, with its disruption and why.</summary>
public sealed record ResourceChange(string Name, string Type, Disruption Disruption, string Reason, IReadOnlyList<FieldChange> Fields);
