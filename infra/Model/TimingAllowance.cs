namespace Netra.Infra.Model;

/// <summary>
/// How long a part of a `pulumi up` that no document bounds is allowed to take in the plan's durations.
/// <see cref="Inferred"/>: not measured yet; <see cref="Confirm"/> is the command that measures it on the live stack.
/// </summary>
public sealed record TimingAllowance(string Name, int Seconds, bool Inferred, string Confirm);
