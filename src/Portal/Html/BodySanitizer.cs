using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;
using Portal.Diagnostics;
using Portal.Markdown;

namespace Portal.Html;

/// <summary>
/// Everything in a body passes HtmlSanitizer: raw HTML typed by editors, and Markdown links whose URL
/// is dangerous (<c>javascript:</c>). Each removal becomes a warning at the best line we can find.
/// </summary>
public static class BodySanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "code",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr", "kbd", "q", "cite", "a", "img",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "figure", "figcaption", "div", "span",
        "section", "details", "summary", "input", "ruby", "rt", "rp", "time",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "id", "class", "colspan", "rowspan", "align", "scope", "type", "checked", "disabled",
        "start", "reversed", "width", "height", "style", "datetime", "open", "lang", MarkdownRenderer.LineAttribute,
    ];

    /// <summary>Only presentational CSS an editor may need (colour a warning, centre a caption).</summary>
    private static readonly string[] CssProperties = ["color", "background-color", "text-align", "font-weight", "font-style", "text-decoration"];

    /// <summary>URL schemes a link may use; anything else (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>) is removed.</summary>
    public static IReadOnlySet<string> AllowedSchemes { get; } = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase);

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(CssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.KeepChildNodes = true;
        return sanitizer;
    }

    public static void Sanitize(IHtmlDocument document, IElement body, string file, int fallbackLine, IReadOnlyList<RawHtmlSnippet> raw, DiagnosticBag diagnostics)
    {
        var sanitizer = Create();
        void Report(IElement element, string what) =>
            diagnostics.Warning(DiagnosticCodes.UnsafeHtmlRemoved, new SourceSpan(file, LineOf(element, raw, fallbackLine)),
                $"不安全的 HTML 已被移除：{what}。正文中只能用安全的基本标签，不能有脚本、事件属性或 javascript: 链接。");
        sanitizer.RemovingTag += (_, e) => Report(e.Tag, $"<{e.Tag.LocalName}> 标签");
        sanitizer.RemovingAttribute += (_, e) => Report(e.Tag, $"<{e.Tag.LocalName}> 的 {e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\" 属性");
        sanitizer.RemovingStyle += (_, e) => Report(e.Tag, $"样式 {e.Style.Name}");
        sanitizer.RemovingCssClass += (_, e) => Report(e.Tag, $"class {e.CssClass}");
        sanitizer.SanitizeDom(document, body as IHtmlElement);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static int LineOf(IElement element, IReadOnlyList<RawHtmlSnippet> raw, int fallback)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (int.TryParse(e.GetAttribute(MarkdownRenderer.LineAttribute), out var line))
            {
                return line;
            }
        }

        var tag = "<" + element.LocalName;
        return raw.FirstOrDefault(r => r.Text.Contains(tag, StringComparison.OrdinalIgnoreCase))?.Line ?? fallback;
    }
}
