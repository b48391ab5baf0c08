namespace Netra.Infra.Timing;

/// <summary>
/// An operation on a critical path and the time it adds there: until Pulumi sees it done when another operation
/// waits for it, until it takes effect when it is the last one (relief does not wait for Pulumi's polling).
/// </summary>
public sealed record PathStep(TimedOperation Operation, int? Seconds)
{
    public string Text => Operation.UntilEffective is null || Seconds == Operation.EffectiveSeconds
        ? Operation.Text
        : $"{Operation.Text} + {string.Join(" + ", Operation.UntilSeen.Select(b => b.Text))}";
}
