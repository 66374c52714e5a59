using Portal.Content;

namespace Portal.Search;

/// <summary>
/// The order that numbers the documents of the index, and so decides which metadata file (16 documents,
/// <see cref="SearchIndexWriter.DocsPerChunk"/>) and which text file each one lands in.
/// <para>
/// A page of results costs one script load per distinct metadata file, and from <c>file://</c> every load
/// costs a few milliseconds however small it is (20 loads of one line took 75–95 ms in Chromium on the
/// benchmark machine, one load of 100 KB 12–21 ms). Numbered newest first, a query's first 20 results fell
/// into 18 files at the median of the benchmark's 24 queries. A query usually finds the documents of one
/// topic, and a document's first tag names its topic, so documents are grouped by section and first tag,
/// newest first within a group: the same results then fall into 4 or 5 files at the median.
/// </para>
/// Equal scores are ranked by this number, so among equals the newest of a topic comes first.
/// </summary>
public static class DocumentOrder
{
    public static SearchDocument[] Of(IEnumerable<SearchDocument> documents) =>
        [.. documents
            .OrderBy(d => d.Section)
            .ThenBy(d => d.Tags.Count > 0 ? d.Tags[0] : "", StringComparer.Ordinal)
            .ThenByDescending(d => d.Date)
            .ThenBy(d => d.Url, StringComparer.Ordinal)];
}
