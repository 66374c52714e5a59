using Portal.Diagnostics;

namespace Portal.Cli.Reporting;

/// <summary>
/// What the console shows of many diagnostics: people read a few lines per code per file and a count of
/// the rest, not 700,000 typography warnings. Machine formats (<c>--format json</c>, GitHub annotations,
/// the job summary) never go through here and keep everything.
/// </summary>
public static class DiagnosticDigest
{
    /// <summary>Lines shown for one code in one file; the rest of that file's are counted on one line.</summary>
    public const int PerFile = 3;

    /// <summary>
    /// Lines shown for one warning or info code across the whole site. Errors have no such cap: each file
    /// with an error must be fixed, so each such file is named.
    /// </summary>
    public const int PerCode = 20;

    /// <summary>One line of the digest: a diagnostic as it is, or a count of hidden ones like it.</summary>
    public abstract record Line(Severity Severity);

    public sealed record Shown(Diagnostic Diagnostic) : Line(Diagnostic.Severity);

    /// <summary>More diagnostics of <paramref name="Code"/> in one file than <see cref="PerFile"/>.</summary>
    public sealed record HiddenInFile(string File, string Code, Severity Severity, int Count) : Line(Severity);

    /// <summary>The closing count for a code some of whose diagnostics were not shown.</summary>
    public sealed record HiddenForCode(string Code, Severity Severity, int Total, int Hidden) : Line(Severity);

    /// <summary>The digest of diagnostics sorted by file (as <see cref="DiagnosticBag.Sorted"/> returns them).</summary>
    public static IEnumerable<Line> Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        var shownPerCode = new Dictionary<(string, Severity), int>();
        var totalPerCode = new Dictionary<(string, Severity), int>();
        foreach (var file in GroupByFile(diagnostics))
        {
            var shownInFile = new Dictionary<(string, Severity), int>();
            var hiddenInFile = new Dictionary<(string Code, Severity Severity), int>();
            foreach (var d in file)
            {
                var key = (d.Code, d.Severity);
                totalPerCode[key] = totalPerCode.GetValueOrDefault(key) + 1;
                var codeFull = d.Severity != Severity.Error && shownPerCode.GetValueOrDefault(key) >= PerCode;
                if (shownInFile.GetValueOrDefault(key) < PerFile && !codeFull)
                {
                    shownInFile[key] = shownInFile.GetValueOrDefault(key) + 1;
                    shownPerCode[key] = shownPerCode.GetValueOrDefault(key) + 1;
                    yield return new Shown(d);
                }
                else if (!codeFull)
                {
                    hiddenInFile[key] = hiddenInFile.GetValueOrDefault(key) + 1;
                }
            }

            foreach (var (key, count) in hiddenInFile)
            {
                yield return new HiddenInFile(file.Key, key.Code, key.Severity, count);
            }
        }

        foreach (var (key, total) in totalPerCode.OrderBy(k => k.Key.Item1, StringComparer.Ordinal).ThenByDescending(k => k.Key.Item2))
        {
            var shown = shownPerCode.GetValueOrDefault(key);
            if (shown < total)
            {
                yield return new HiddenForCode(key.Item1, key.Item2, total, total - shown);
            }
        }
    }

    /// <summary>The Chinese text of a line, compiler-style for a diagnostic.</summary>
    public static string Text(Line line) => line switch
    {
        Shown s => s.Diagnostic.ToString(),
        HiddenInFile h => $"{h.File}: 另有 {h.Count} 条同类{Diagnostic.SeverityLabel(h.Severity)}（{h.Code}）",
        HiddenForCode c => $"{c.Code}：共 {c.Total} 条{Diagnostic.SeverityLabel(c.Severity)}，另有 {c.Hidden} 条同类{Diagnostic.SeverityLabel(c.Severity)}未逐条显示（全部列表：portal check --format json）",
        _ => throw new ArgumentOutOfRangeException(nameof(line)),
    };

    /// <summary>Consecutive runs of one file; the input is sorted by file, so each file is one run.</summary>
    private static IEnumerable<IGrouping<string, Diagnostic>> GroupByFile(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(d => d.Location.File, StringComparer.Ordinal);
}
