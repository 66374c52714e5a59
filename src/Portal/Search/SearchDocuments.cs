using Portal.Content;
using Portal.Html;
using Portal.SiteModel;

namespace Portal.Search;

/// <summary>
/// Picks what the index holds: every document that has a page in this build (so a kiosk build indexes
/// only its region's content) except withdrawn notices, with its searchable fields from the processed
/// HTML (not the Markdown source).
/// </summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Site site, IReadOnlyList<ProcessedDocument> processed, Labels labels) =>
        [.. Indexed(site, processed).Select(d => Of(d, labels, site.Config.TimeZone))];

    /// <summary>The processed documents the index holds, in page order.</summary>
    public static IEnumerable<ProcessedDocument> Indexed(Site site, IReadOnlyList<ProcessedDocument> processed)
    {
        var byItem = processed.ToDictionary(d => (object)d.Item, ReferenceEqualityComparer.Instance);
        return site.Pages
            .Select(p => p.Model)
            .OfType<DocumentView>()
            .Select(v => byItem[v.Item])
            .Where(d => d.State is PublicationState.Current or PublicationState.Expired or PublicationState.Scheduled);
    }

    /// <summary>One document's searchable fields: a function of the processed document, the labels and the site's time zone alone.</summary>
    public static SearchDocument Of(ProcessedDocument d, Labels labels, TimeZoneInfo zone)
    {
        DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
        var item = d.Item;
        var meta = new List<string?>
        {
            labels[SectionNames.LabelKey(item.Section)],
            (item as Notice)?.Issuer ?? (item as Policy)?.Issuer,
            (item as Notice)?.DocNo ?? (item as Policy)?.DocNo,
            (item as Technique)?.Category,
        };
        meta.AddRange(item.Regions);
        // The date as people write it, so "2026" or "2026年3月" finds the documents of that time.
        var date = Day(item.Date);
        meta.Add($"{date.Year}年{date.Month}月{date.Day}日");
        if (item is Policy policy)
        {
            // An interpretation is found by its original's title and 文号 (e.g. 桂政办发〔2012〕269号).
            meta.Add(policy.Interprets.Title);
            meta.Add(policy.Interprets.DocNo);
            meta.AddRange(policy.KeyPoints);
        }

        if (item is Technique technique)
        {
            meta.AddRange(technique.Subjects);
        }

        return new SearchDocument(
            item.Url,
            item.Title,
            item.Section,
            Day(item.Date),
            d.Excerpt,
            item.Tags,
            [.. meta.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!)],
            d.SearchText,
            (item as Notice)?.Expires is { } expires ? Day(Publication.EndOf(expires).AddTicks(-1)) : null,
            d.State == PublicationState.Scheduled ? Day(item.Date) : null);
    }
}
