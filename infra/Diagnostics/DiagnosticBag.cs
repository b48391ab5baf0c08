namespace Netra.Infra.Diagnostics;

/// <summary>Collects every finding of one pass, so that the user sees all errors at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(string code, string file, string keyPath, string message) =>
        _items.Add(new Diagnostic(Severity.Error, code, file, keyPath, message));

    public void Warning(string code, string file, string keyPath, string message) =>
        _items.Add(new Diagnostic(Severity.Warning, code, file, keyPath, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
