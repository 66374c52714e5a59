using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>
/// The HTML stage on a DOM: parse the rendered body with AngleSharp, sanitize it, rewrite and check every
/// link and image, wrap tables, and collect the table of contents and text. Used for bodies with raw HTML
/// (only a DOM can sanitize them) and for any markup <see cref="MarkdigMarkup"/> does not vouch for.
/// </summary>
internal static class DomBody
{
    // HtmlSanitizer filters style attributes through AngleSharp.Css; without CSS support in the
    // browsing context every style would vanish silently. One context per thread: contexts are not thread-safe.
    private static readonly ThreadLocal<IBrowsingContext> CssAwareContext = new(() => BrowsingContext.New(Configuration.Default.WithCss()));

    public static BodyResult Process(RenderedMarkdown rendered, LinkTargets targets, DiagnosticBag diagnostics, ISet<string>? lookups)
    {
        var item = rendered.Item;
        var parser = new HtmlParser(new HtmlParserOptions(), CssAwareContext.Value);
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + rendered.Html + "</body></html>");
        var body = document.Body!;
        if (rendered.RawHtml.Count > 0)
        {
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
                    links.RewriteAnchor(new DomLinkElement(element));
                    break;
                case "img":
                    var picture = links.RewriteImage(new DomLinkElement(element));
                    element.SetAttribute("loading", "lazy");
                    WrapPicture(document, element, picture);
                    break;
                case "table":
                    tables.Add(element);
                    break;
            }

            element.RemoveAttribute(MarkdownRenderer.LineAttribute);
        }

        WrapTables(document, tables);
        var headings = elements.Where(e => e.LocalName is "h2" or "h3" && !string.IsNullOrEmpty(e.Id)).Select(e => (e.LocalName, e.Id!, e.TextContent.Trim()));
        return new BodyResult(body.InnerHtml, TableOfContents.From(headings), TextOf(elements), body.TextContent);
    }

    /// <summary>Offers the WebP files first; the img inside keeps the fallback files for browsers without WebP.</summary>
    private static void WrapPicture(IDocument document, IElement image, Images.Picture? picture)
    {
        if (picture?.WebpSrcset is not { } webp || image.Parent is not { } parent)
        {
            return;
        }

        var wrapper = document.CreateElement("picture");
        var source = document.CreateElement("source");
        source.SetAttribute("type", "image/webp");
        source.SetAttribute("srcset", webp);
        source.SetAttribute("sizes", Images.Picture.ColumnSizes);
        parent.ReplaceChild(wrapper, image);
        wrapper.AppendChild(source);
        wrapper.AppendChild(image);
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
            wrapper.SetAttribute("aria-label", TableOfContents.TableLabel(TableTitle(table), ++number));
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    /// <summary>The table's caption, or the text of the nearest h2–h4 before it among its siblings.</summary>
    private static string? TableTitle(IElement table)
    {
        var title = table.QuerySelector("caption")?.TextContent.Trim();
        for (var e = table.PreviousElementSibling; title is null && e is not null; e = e.PreviousElementSibling)
        {
            if (e.LocalName is "h2" or "h3" or "h4")
            {
                title = e.TextContent.Trim();
            }
        }

        return title;
    }

    /// <summary>The readable text of the body: paragraphs and list items, not tables, code or footnotes.</summary>
    private static string TextOf(List<IElement> elements) =>
        string.Join("\n", elements
            .Where(e => e.LocalName == "p" || (e.LocalName == "li" && !e.Children.Any(c => c.LocalName == "p")))
            .Where(e => e.Closest("table") is null && e.Closest(".footnotes") is null)
            .Select(e => e.TextContent));
}
