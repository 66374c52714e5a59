using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Validate;

/// <summary>
/// Finds the parts of a Markdown body that are not prose — code blocks and spans, raw HTML, autolinks,
/// link destinations and bare URLs — so typography rules never flag <c>a,b</c> in code or a URL's query.
/// </summary>
public static partial class MarkdownProse
{
    // Block structure as the renderer sees it; precise locations give every span's offset in the body.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseDefinitionLists()
        .Build();

    /// <summary>Half-open [start, end) ranges of <paramref name="body"/> that are code, HTML or URLs.</summary>
    public static IReadOnlyList<(int Start, int End)> NonProse(string body)
    {
        var ranges = new List<(int Start, int End)>();
        void Add(Markdig.Syntax.SourceSpan span)
        {
            if (span.Length > 0)
            {
                ranges.Add((span.Start, span.End + 1));
            }
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InsufficientExecutionStackException)
        {
            // Past Markdig's depth limit: the markdown stage reports it (PORTAL024); no typography here.
            return [(0, body.Length)];
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CodeBlock or HtmlBlock:
                    Add(node.Span);
                    break;
                case CodeInline or HtmlInline or AutolinkInline:
                    Add(node.Span);
                    break;
                case LinkInline link:
                    Add(link.UrlSpan);
                    Add(link.TitleSpan);
                    break;
            }
        }

        foreach (System.Text.RegularExpressions.Match m in BareUrl().Matches(body))
        {
            ranges.Add((m.Index, m.Index + m.Length));
        }

        return ranges;
    }

    public static bool Contains(IReadOnlyList<(int Start, int End)> ranges, int index) => ranges.Any(r => index >= r.Start && index < r.End);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:https?|ftp)://[^\s<>()\[\]]+|www\.[^\s<>()\[\]]+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BareUrl();
}
