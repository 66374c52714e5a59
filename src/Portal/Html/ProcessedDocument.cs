using Portal.Content;

namespace Portal.Html;

/// <summary>One entry of a page's 目录 (table of contents): an h2 with the h3s under it.</summary>
public sealed record TocEntry(int Level, string Id, string Text, IReadOnlyList<TocEntry> Children);

/// <summary>
/// Stage 4's result for one document: safe body HTML with links already relative to the page,
/// its table of contents, an excerpt, the reading time, and all of its text for the search index.
/// </summary>
public sealed record ProcessedDocument(
    ContentItem Item,
    PublicationState State,
    string Html,
    IReadOnlyList<TocEntry> Toc,
    string Excerpt,
    int CharacterCount,
    int ReadingMinutes,
    string SearchText);
