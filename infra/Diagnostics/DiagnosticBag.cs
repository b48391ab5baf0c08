using Netra.Infra.Limits;

namespace Netra.Infra.Diagnostics;

/// <summary>
/// Collects every finding of one pass, so that the user sees all errors at once. At most
/// <see cref="InputLimits.MaxKeptDiagnostics"/> are kept; the rest are counted, so that a file with a million faults
/// costs no more memory than one with a thousand.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private bool _droppedError;
    private string _droppedFile = "";

    /// <summary>The findings kept, and, when some were only counted, one more line that says how many.</summary>
    public IReadOnlyList<Diagnostic> Items => Dropped == 0
        ? _items
        : [.. _items, new Diagnostic(_droppedError ? Severity.Error : Severity.Warning, DiagnosticCodes.TooManyFindings, _droppedFile, "",
            $"{Dropped:N0} more finding(s) beyond the first {InputLimits.MaxKeptDiagnostics:N0}, counted but not kept: fix these first", Dropped)];

    /// <summary>Findings beyond the ones kept, counted only.</summary>
    public int Dropped { get; private set; }

    public bool HasErrors => _droppedError || _items.Any(d => d.IsError);

    /// <summary>Findings so far, kept or counted.</summary>
    public int Count => _items.Count + Dropped;

    /// <summary>True once further findings are only counted: a caller may then skip composing a costly message.</summary>
    public bool IsFull => _items.Count >= InputLimits.MaxKeptDiagnostics;

    public void Error(string code, string file, string keyPath, string message) => Add(new Diagnostic(Severity.Error, code, file, keyPath, message));

    public void Warning(string code, string file, string keyPath, string message) => Add(new Diagnostic(Severity.Warning, code, file, keyPath, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    private void Add(Diagnostic diagnostic)
    {
        if (_items.Count < InputLimits.MaxKeptDiagnostics)
        {
            // A message quotes the value it is about, and a value can be a megabyte long.
            _items.Add(diagnostic.Message.Length <= InputLimits.MaxMessageCharacters
                ? diagnostic
                : diagnostic with { Message = diagnostic.Message[..(InputLimits.MaxMessageCharacters - 1)] + "…" });
            return;
        }

        Dropped++;
        _droppedError |= diagnostic.IsError;
        _droppedFile = diagnostic.File;
    }
}
