namespace Netra.Infra.Plan;

/// <summary>One field of one resource that differs between two programs; null means absent on that side.</summary>
public sealed record FieldChange(string Path, string? Before, string? After);
