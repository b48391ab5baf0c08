namespace Netra.Infra.Timing;

/// <summary>
/// One resource's operation in an `up`: what it does, how long until it takes effect (<see cref="UntilEffective"/>,
/// null when nothing documented bounds it, with <see cref="Unbounded"/> saying why), how much longer until Pulumi
/// sees it done (<see cref="UntilSeen"/>, the provider's polling), and the operations of the same `up` it waits for.
/// </summary>
public sealed record TimedOperation(
    string Resource,
    string Action,
    OperationRole Role,
    IReadOnlyList<Bound>? UntilEffective,
    IReadOnlyList<Bound> UntilSeen,
    IReadOnlyList<string> WaitsFor,
    string? Unbounded = null)
{
    public int? EffectiveSeconds => UntilEffective?.Sum(b => b.Seconds);

    public int? DoneSeconds => EffectiveSeconds + UntilSeen.Sum(b => b.Seconds);

    /// <summary>`backend-service new revision: revision start 30 s (inferred) + startup window 3 min`.</summary>
    public string Text => UntilEffective is { } parts
        ? $"{Resource} {Action}: {string.Join(" + ", parts.Select(p => p.Text))}"
        : $"{Resource} {Action}: no upper bound ({Unbounded})";
}
