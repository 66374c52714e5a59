using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Portal.Markdown;

/// <summary>
/// Installs <see cref="CjkSoftLineBreakRenderer"/> in every renderer the pipeline sets up, so the pipeline's
/// own pool of HTML renderers (<see cref="Markdig.Markdown.ToHtml(Markdig.Syntax.MarkdownDocument, MarkdownPipeline)"/>)
/// can be used instead of building and setting up a renderer for each document.
/// </summary>
public sealed class CjkSoftLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new CjkSoftLineBreakRenderer());
        }
    }
}
