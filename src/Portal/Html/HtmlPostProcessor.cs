using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>
/// Stage 4: sanitize each rendered body, rewrite and check every link and image, mark external links,
/// and derive the table of contents and excerpt.
/// </summary>
/// <remarks>
/// A body without raw HTML skips the sanitizer and the DOM. That is safe by construction: Markdig escapes
/// every character of text, code and attribute values it writes (&lt; &gt; &amp; "), so the only tags in its
/// output are the ones its renderers write, from a fixed list; the one unsafe thing Markdown itself can carry,
/// a dangerous URL scheme (<c>javascript:</c>, <c>data:</c>), is dropped by <see cref="LinkRewriter"/> against the
/// sanitizer's own allow-list on both paths. So HtmlSanitizer (and the AngleSharp parse it needs) runs only
/// for bodies with raw HTML. The whole body then goes through the DOM rather than only its raw fragments:
/// an unclosed <c>&lt;div&gt;</c> typed by an editor reshapes the tree around it, which only a parse of the
/// whole body reproduces. Without raw HTML, <see cref="MarkdigMarkup"/> reads Markdig's markup and checks that
/// a parser would build the tree it spells, and <see cref="MarkdigBody"/> does the DOM path's work in one
/// pass, writing the bytes AngleSharp would; anything the reader does not vouch for takes the DOM path.
/// </remarks>
public static class HtmlPostProcessor
{
    /// <param name="lookups">When given, receives every input path the body's links looked up (an
    /// incremental build re-processes the document when one of those targets changes).</param>
    public static ProcessedDocument Process(RenderedMarkdown rendered, LinkTargets targets, DateTimeOffset now, DiagnosticBag diagnostics, ISet<string>? lookups = null)
    {
        if (rendered.Problem is { } problem)
        {
            diagnostics.Add(problem);
        }

        var body = rendered.RawHtml.Count == 0 && MarkdigMarkup.Read(rendered.Html) is { } markup
            ? MarkdigBody.Process(markup, new LinkRewriter(rendered.Item, targets, markup.Ids, diagnostics, lookups))
            : DomBody.Process(rendered, targets, diagnostics, lookups);
        return Document(rendered.Item, body, now);
    }

    /// <summary>The DOM path alone, whatever the body holds: the reference the Markdig path is tested against.</summary>
    internal static ProcessedDocument ProcessWithDom(RenderedMarkdown rendered, LinkTargets targets, DateTimeOffset now, DiagnosticBag diagnostics, ISet<string>? lookups = null)
    {
        if (rendered.Problem is { } problem)
        {
            diagnostics.Add(problem);
        }

        return Document(rendered.Item, DomBody.Process(rendered, targets, diagnostics, lookups), now);
    }

    private static ProcessedDocument Document(ContentItem item, BodyResult body, DateTimeOffset now)
    {
        var excerpt = item.Summary ?? Excerpt.From(body.ReadableText);
        var count = Excerpt.CountUnits(body.ReadableText);
        return new ProcessedDocument(item, Publication.StateOf(item, now), body.Html, body.Toc, excerpt, count, Math.Max(1, (int)Math.Ceiling(count / 400.0)), body.AllText);
    }
}
