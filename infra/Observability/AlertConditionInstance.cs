namespace Netra.Infra.Observability;

/// <summary>One condition of an alert policy as a profile runs it: its filter and threshold, and a note saying why.</summary>
public sealed record AlertConditionInstance(string DisplayName, string Filter, decimal Threshold, string Note);
