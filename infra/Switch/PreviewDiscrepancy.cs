namespace Netra.Infra.Switch;

/// <summary>Something the live preview would do that the offline plan of the step does not: a resource and what it
/// would do to it (an operation, or the fields).</summary>
public sealed record PreviewDiscrepancy(string Resource, string Type, string Op, IReadOnlyList<string> Fields, string Why)
{
    public string Text => Fields.Count == 0
        ? $"{Resource} ({Type}): {Op}: {Why}"
        : $"{Resource} ({Type}): {Op} of {string.Join(", ", Fields)}: {Why}";
}
