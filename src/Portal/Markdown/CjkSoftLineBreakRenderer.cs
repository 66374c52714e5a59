using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Portal.Markdown;

/// <summary>
/// A soft line break inside a Chinese paragraph is only where the editor's window wrapped; rendered
/// as a newline, browsers show it as a space between two characters. Drop it when both neighbours are CJK.
/// </summary>
public sealed class CjkSoftLineBreakRenderer : LineBreakInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        if (!obj.IsHard && LastChar(obj.PreviousSibling) is { } before && FirstChar(obj.NextSibling) is { } after
            && CjkText.IsCjk(before) && CjkText.IsCjk(after))
        {
            return;
        }

        base.Write(renderer, obj);
    }

    private static char? LastChar(Inline? inline) => inline switch
    {
        LiteralInline { Content: var c } when c.Length > 0 => c.Text[c.End],
        ContainerInline container => LastChar(container.LastChild),
        _ => null,
    };

    private static char? FirstChar(Inline? inline) => inline switch
    {
        LiteralInline { Content: var c } when c.Length > 0 => c.Text[c.Start],
        ContainerInline container => FirstChar(container.FirstChild),
        _ => null,
    };
}
