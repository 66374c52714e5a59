using System.Collections.Concurrent;

namespace Portal.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that run in parallel. Stages never throw for content problems:
/// they add here and go on, so one build reports every problem at once.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, SourceSpan at, string message) => Add(new Diagnostic(Severity.Error, code, at, message));

    public void Warning(string code, SourceSpan at, string message) => Add(new Diagnostic(Severity.Warning, code, at, message));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics in a stable order (file, line, column, code), whatever order threads added them.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
