using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Validate;

/// <summary>
/// Applies <see cref="ChineseTypography"/> to a document: its Markdown body (prose only), its title and
/// summary, and its document numbers. Warnings only, at file:line:col. Front matter keys are never checked.
/// </summary>
public static class TypographyRules
{
    public static void Check(ContentItem item, DiagnosticBag diagnostics)
    {
        CheckBody(item, diagnostics);
        CheckValue(item, "title", item.Title, diagnostics);
        CheckValue(item, "summary", item.Summary, diagnostics);
        var (docNo, docNoKey) = item switch
        {
            Notice n => (n.DocNo, "doc_no"),
            Policy p => (p.DocNo, "doc_no"),
            _ => (null, ""),
        };
        CheckDocNo(item, docNoKey, docNo, diagnostics);
        if (item is Policy policy)
        {
            // interprets is a nested mapping; its doc_no is reported at the interprets key.
            CheckDocNo(item, "interprets", policy.Interprets.DocNo, diagnostics, offsetColumns: false);
        }
    }

    private static void CheckBody(ContentItem item, DiagnosticBag diagnostics)
    {
        var body = item.Body;
        if (!body.Any(ChineseTypography.IsHan))
        {
            return;
        }

        // Parsing the Markdown costs more than the rules, so it is done only for a body with findings to filter.
        var findings = ChineseTypography.Scan(body).ToList();
        if (findings.Count == 0)
        {
            return;
        }

        var skip = MarkdownProse.NonProse(body);
        var lineStarts = LineStarts(body);
        foreach (var finding in findings.Where(f => !MarkdownProse.Contains(skip, f.Index)))
        {
            var line = Array.BinarySearch(lineStarts, finding.Index);
            line = line >= 0 ? line : ~line - 1;
            var at = new SourceSpan(item.DisplayPath, item.BodyLine + line, finding.Index - lineStarts[line] + 1);
            diagnostics.Warning(finding.Code, at, finding.Message);
        }
    }

    private static void CheckValue(ContentItem item, string key, string? value, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            return;
        }

        foreach (var finding in ChineseTypography.Scan(value).Where(f => f.Code == DiagnosticCodes.HalfWidthPunctuation))
        {
            diagnostics.Warning(finding.Code, Offset(item.SpanOf(key), finding.Index), $"{key} 中：{finding.Message}");
        }
    }

    private static void CheckDocNo(ContentItem item, string key, string? docNo, DiagnosticBag diagnostics, bool offsetColumns = true)
    {
        if (docNo is null)
        {
            return;
        }

        foreach (var finding in ChineseTypography.ScanDocNo(docNo))
        {
            var at = offsetColumns ? Offset(item.SpanOf(key), finding.Index) : item.SpanOf(key);
            diagnostics.Warning(finding.Code, at, finding.Message);
        }
    }

    // A plain YAML scalar starts at the value's column; a quoted one is one column further (good enough to find it).
    private static SourceSpan Offset(SourceSpan valueStart, int index) =>
        valueStart.Column > 0 ? valueStart with { Column = valueStart.Column + index } : valueStart;

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
