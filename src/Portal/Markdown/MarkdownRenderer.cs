using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// Stage 3: Markdown → HTML with Markdig. Links and images get a <c>data-src-line</c> attribute so the
/// HTML stage can report a broken one at its line in the source file; it removes the attribute after.
/// </summary>
public static class MarkdownRenderer
{
    public const string LineAttribute = "data-src-line";

    // Built once: a MarkdownPipeline is immutable and safe to share between threads, and it keeps a
    // thread-safe pool of set-up HTML renderers (with their writers) that Markdown.ToHtml rents per document.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseCjkFriendlyEmphasis() // **注意：**木屑 — CommonMark alone will not close bold before a CJK character
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub) // keeps CJK letters, so ## 育秧准备 → id="育秧准备"
        .UseDefinitionLists()
        .Use<CjkSoftLineBreakExtension>() // last: replaces the line-break renderer the others leave in place
        .Build();

    public static RenderedMarkdown Render(ContentItem item)
    {
        try
        {
            return RenderBody(item);
        }
        catch (Exception e) when (MarkdownLimit.IsLimit(e))
        {
            var line = item.BodyLine + MarkdownLimit.FirstFailingLine(item.Body, body => Markdig.Markdown.Parse(body, Pipeline)) - 1;
            var problem = new Diagnostic(Severity.Error, DiagnosticCodes.MarkdownTooDeep, new Diagnostics.SourceSpan(item.DisplayPath, line),
                "正文嵌套太深或表格太大，无法排版：引用符号 > 或列表缩进层数过多（最多约 100 层），或一个表格的单元格太多。请减少嵌套层数，或把大表格拆成几个。");
            return new RenderedMarkdown(item, "", new HashSet<string>(), [], problem);
        }
    }

    private static RenderedMarkdown RenderBody(ContentItem item)
    {
        var document = Markdig.Markdown.Parse(item.Body, Pipeline);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var raw = new List<RawHtmlSnippet>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    ids.Add(id);
                    break;
                case LinkInline or AutolinkInline:
                    var inline = (Inline)node;
                    inline.GetAttributes().AddProperty(LineAttribute, (item.BodyLine + inline.Line).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case HtmlBlock html:
                    raw.Add(new RawHtmlSnippet(item.BodyLine + html.Line, html.Lines.ToString()));
                    break;
                case HtmlInline html:
                    raw.Add(new RawHtmlSnippet(item.BodyLine + html.Line, html.Tag));
                    break;
            }
        }

        return new RenderedMarkdown(item, Markdig.Markdown.ToHtml(document, Pipeline), ids, raw);
    }
}
