using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>Raw HTML the editor typed, kept with its line so the sanitizer's removals can point at it.</summary>
public sealed record RawHtmlSnippet(int Line, string Text);

/// <summary>
/// Stage 3's result for one document: body HTML (not yet sanitized) and the ids its headings got.
/// <paramref name="Problem"/> is a body Markdig refused (too deeply nested); the HTML stage reports it,
/// so every caller of the renderer (build and serve) gets it through the diagnostics it already passes.
/// </summary>
public sealed record RenderedMarkdown(ContentItem Item, string Html, IReadOnlySet<string> Ids, IReadOnlyList<RawHtmlSnippet> RawHtml, Diagnostic? Problem = null);
