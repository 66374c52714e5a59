using Portal.Content;
using Portal.Html;

namespace Portal.SiteModel;

internal static class Summaries
{
    public static ItemSummary Of(ProcessedDocument doc)
    {
        var item = doc.Item;
        return new ItemSummary(
            item.Title,
            item.Url,
            item.Date,
            item.Updated,
            SectionNames.Folder(item.Section),
            doc.Excerpt,
            doc.State.ToString().ToLowerInvariant(),
            item is Notice { Urgent: true },
            item is Notice { Pinned: true },
            item switch { Notice n => n.DocNo, Policy p => p.DocNo, _ => null },
            item switch { Notice n => n.Issuer, Policy p => p.Issuer, _ => null },
            (item as Technique)?.Category,
            (item as Notice)?.Expires);
    }

    /// <summary>Newest first; ties broken by title so output is stable.</summary>
    public static IOrderedEnumerable<ProcessedDocument> Newest(IEnumerable<ProcessedDocument> docs) =>
        docs.OrderByDescending(d => d.Item.Date).ThenBy(d => d.Item.Title, StringComparer.Ordinal);
}
