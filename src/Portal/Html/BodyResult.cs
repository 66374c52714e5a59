namespace Portal.Html;

/// <summary>A processed body before it becomes a <see cref="ProcessedDocument"/>: the same from either path.</summary>
/// <param name="ReadableText">Paragraphs and list items outside tables and footnotes, one a line (excerpt, reading time).</param>
/// <param name="AllText">All of the body's text (search index).</param>
internal sealed record BodyResult(string Html, List<TocEntry> Toc, string ReadableText, string AllText);
