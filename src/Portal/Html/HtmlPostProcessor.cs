using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>
/// Stage 4: parse each rendered body once with AngleSharp, sanitize it, rewrite and check every link
/// and image, mark external links, and derive the table of contents and excerpt.
/// </summary>
public static class HtmlPostProcessor
{
    // HtmlSanitizer filters style attributes through AngleSharp.Css; without CSS support in the
    // browsing context every style would vanish silently. One context per thread: contexts are not thread-safe.
    private static readonly ThreadLocal<IBrowsingContext> CssAwareContext = new(() => BrowsingContext.New(Configuration.Default.WithCss()));

    /// <param name="lookups">When given, receives every input path the body's links looked up (an
    /// incremental build re-processes the document when one of those targets changes).</param>
    public static ProcessedDocument Process(RenderedMarkdown rendered, LinkTargets targets, DateTimeOffset now, DiagnosticBag diagnostics, ISet<string>? lookups = null)
    {
        var item = rendered.Item;
        if (rendered.Problem is { } problem)
        {
            diagnostics.Add(problem);
        }

        var parser = new HtmlParser(new HtmlParserOptions(), CssAwareContext.Value);
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + rendered.Html + "</body></html>");
        var body = document.Body!;
        if (rendered.RawHtml.Count > 0)
        {
            // Markdig escapes everything it generates; only raw HTML needs the sanitizer's full DOM walk.
            // URLs of Markdown links and images are checked against the same allow-list by the link rewriter.
            BodySanitizer.Sanitize(document, body, item.DisplayPath, item.BodyLine, rendered.RawHtml, diagnostics);
        }


        // One walk over the elements instead of a selector query per concern: AngleSharp's selector
        // matching was most of this stage's time on large sites.
        var elements = body.Descendants<IElement>().ToList();
        var localIds = elements.Where(e => !string.IsNullOrEmpty(e.Id)).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = new LinkRewriter(item, targets, localIds, diagnostics, lookups);
        var tables = new List<IElement>();
        foreach (var element in elements)
        {
            switch (element.LocalName)
            {
                case "a" when element.HasAttribute("href"):
                    links.RewriteAnchor(element);
                    break;
                case "img":
                    links.RewriteImage(element);
                    element.SetAttribute("loading", "lazy");
                    break;
                case "table":
                    tables.Add(element);
                    break;
            }

            element.RemoveAttribute(MarkdownRenderer.LineAttribute);
        }

        WrapTables(document, tables);
        var toc = TableOfContents(elements);
        var text = TextOf(elements);
        var excerpt = item.Summary ?? Excerpt.From(text);
        var count = Excerpt.CountUnits(text);
        return new ProcessedDocument(item, Publication.StateOf(item, now), body.InnerHtml, toc, excerpt, count, Math.Max(1, (int)Math.Ceiling(count / 400.0)), body.TextContent);
    }

    private static void WrapTables(IDocument document, List<IElement> tables)
    {
        var number = 0;
        foreach (var table in tables)
        {
            // Wide tables scroll inside their own box instead of widening the page on a phone. The box is
            // focusable (keyboard scrolling), so it is a labelled region; labels must differ between regions.
            var wrapper = document.CreateElement("div");
            wrapper.ClassName = "table-scroll";
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("aria-label", TableLabel(table, ++number));
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    /// <summary>"表格 2：二、时间和地点" — numbered, with the caption or the heading the table stands under.</summary>
    private static string TableLabel(IElement table, int number)
    {
        var title = table.QuerySelector("caption")?.TextContent.Trim();
        for (var e = table.PreviousElementSibling; title is null && e is not null; e = e.PreviousElementSibling)
        {
            if (e.LocalName is "h2" or "h3" or "h4")
            {
                title = e.TextContent.Trim();
            }
        }

        return string.IsNullOrEmpty(title) ? $"表格 {number}" : $"表格 {number}：{title}";
    }

    /// <summary>h2s with their h3s nested; an h3 before any h2 stands at the top level.</summary>
    private static List<TocEntry> TableOfContents(List<IElement> elements)
    {
        var top = new List<TocEntry>();
        List<TocEntry>? children = null;
        foreach (var heading in elements.Where(e => e.LocalName is "h2" or "h3" && !string.IsNullOrEmpty(e.Id)))
        {
            if (heading.LocalName == "h2" || children is null)
            {
                children = heading.LocalName == "h2" ? [] : null;
                top.Add(new TocEntry(heading.LocalName == "h2" ? 2 : 3, heading.Id!, heading.TextContent.Trim(), children ?? []));
            }
            else
            {
                children.Add(new TocEntry(3, heading.Id!, heading.TextContent.Trim(), []));
            }
        }

        return top;
    }

    /// <summary>The readable text of the body: paragraphs and list items, not tables, code or footnotes.</summary>
    private static string TextOf(List<IElement> elements) =>
        string.Join("\n", elements
            .Where(e => e.LocalName == "p" || (e.LocalName == "li" && !e.Children.Any(c => c.LocalName == "p")))
            .Where(e => e.Closest("table") is null && e.Closest(".footnotes") is null)
            .Select(e => e.TextContent));
}
