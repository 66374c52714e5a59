namespace Portal.Html;

/// <summary>The tags and attribute names Markdig writes for this site's pipeline, as shared strings.</summary>
internal static class MarkupTags
{
    /// <summary>The tag's name if it is one Markdig writes, else null (the body then takes the AngleSharp path).</summary>
    public static string? Known(ReadOnlySpan<char> name) => name switch
    {
        "p" => "p",
        "a" => "a",
        "em" => "em",
        "strong" => "strong",
        "code" => "code",
        "pre" => "pre",
        "br" => "br",
        "hr" => "hr",
        "img" => "img",
        "h1" => "h1",
        "h2" => "h2",
        "h3" => "h3",
        "h4" => "h4",
        "h5" => "h5",
        "h6" => "h6",
        "ul" => "ul",
        "ol" => "ol",
        "li" => "li",
        "dl" => "dl",
        "dt" => "dt",
        "dd" => "dd",
        "blockquote" => "blockquote",
        "div" => "div",
        "table" => "table",
        "thead" => "thead",
        "tbody" => "tbody",
        "tr" => "tr",
        "th" => "th",
        "td" => "td",
        "del" => "del",
        "ins" => "ins",
        "mark" => "mark",
        "sub" => "sub",
        "sup" => "sup",
        "input" => "input",
        _ => null,
    };

    public static bool IsVoid(string name) => name is "br" or "hr" or "img" or "input";

    /// <summary>Start tags that close an open paragraph in the parser (and that Markdig never nests in inline content).</summary>
    public static bool IsBlock(string name) =>
        name is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "blockquote" or "pre"
            or "div" or "table" or "hr";

    /// <summary>Elements inside which a block start tag would make the parser restructure the tree.</summary>
    public static bool BlocksBlocks(string name) =>
        name is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "a" or "em" or "strong" or "code" or "del" or "ins" or "mark" or "sub" or "sup";

    public static string AttributeName(ReadOnlySpan<char> name) => name switch
    {
        "href" => "href",
        "src" => "src",
        "alt" => "alt",
        "title" => "title",
        "id" => "id",
        "class" => "class",
        "style" => "style",
        "start" => "start",
        "type" => "type",
        "disabled" => "disabled",
        "checked" => "checked",
        Markdown.MarkdownRenderer.LineAttribute => Markdown.MarkdownRenderer.LineAttribute,
        _ => name.ToString(),
    };
}
