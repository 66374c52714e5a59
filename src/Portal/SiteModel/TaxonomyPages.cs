using Portal.Content;
using Portal.Html;

namespace Portal.SiteModel;

/// <summary>Tag, technique category, region and year-archive pages, and their index pages.</summary>
internal static class TaxonomyPages
{
    public static IEnumerable<SitePage> Build(ModelContext context) =>
        Tags(context).Concat(Categories(context)).Concat(Regions(context)).Concat(Archive(context));

    private static IEnumerable<SitePage> Tags(ModelContext context)
    {
        var labels = context.Labels;
        var crumbs = new List<Crumb> { new(labels["tags"], "tags/") };
        var tags = context.WithPages.SelectMany(d => d.Item.Tags).Distinct().Order(StringComparer.Ordinal).ToList();
        var terms = new List<TermLink>();
        foreach (var tag in tags)
        {
            var items = Items(context, d => d.Item.Tags.Contains(tag));
            terms.Add(new TermLink(tag, ModelContext.TagUrl(tag), items.Count));
            foreach (var page in Paginator.Paginate(ModelContext.TagUrl(tag), $"{labels["tag"]}：{tag}", null, items, crumbs, null))
            {
                yield return page;
            }
        }

        yield return new SitePage("tags/", "terms", labels["tags"], new TermsView(labels["tags"], null, [new TermGroup(null, null, terms)], []));
    }

    private static IEnumerable<SitePage> Categories(ModelContext context)
    {
        var labels = context.Labels;
        var crumbs = new List<Crumb> { new(context.SectionLabel(Section.Techniques), "techniques/") };
        foreach (var category in context.Config.Categories)
        {
            var items = Items(context, d => d.Item is Technique t && t.Category == category);
            foreach (var page in Paginator.Paginate(ModelContext.CategoryUrl(category), $"{labels["category"]}：{category}", null, items, crumbs, null))
            {
                yield return page;
            }
        }
    }

    private static IEnumerable<SitePage> Regions(ModelContext context)
    {
        var labels = context.Labels;
        var root = new Crumb(labels["regions"], "regions/");
        var groups = new List<TermGroup>();
        foreach (var county in context.Config.Regions.Counties)
        {
            var countyItems = Items(context, d => d.Item.Regions.Any(r => r == county.Name || r.StartsWith(county.Name + "/", StringComparison.Ordinal)));
            var towns = new List<TermLink>();
            foreach (var town in county.Towns)
            {
                var path = county.Name + "/" + town;

                // A town sees what targets it and what targets its whole county.
                var townItems = Items(context, d => d.Item.Regions.Any(r => r == path || r == county.Name));
                towns.Add(new TermLink(town, ModelContext.RegionUrl(path), townItems.Count));
                var townCrumbs = new List<Crumb> { root, new(county.Name, ModelContext.RegionUrl(county.Name)) };
                foreach (var page in Paginator.Paginate(ModelContext.RegionUrl(path), $"{county.Name} · {town}", labels["region_intro"], townItems, townCrumbs, null))
                {
                    yield return page;
                }
            }

            groups.Add(new TermGroup(county.Name, ModelContext.RegionUrl(county.Name), towns));
            foreach (var page in Paginator.Paginate(ModelContext.RegionUrl(county.Name), county.Name, labels["region_intro"], countyItems, [root], null))
            {
                yield return page;
            }
        }

        yield return new SitePage("regions/", "terms", labels["regions"], new TermsView(labels["regions"], labels["regions_intro"], groups, []));
    }

    /// <summary>Year pages list every document with a page, expired and withdrawn ones included (marked), so none is orphaned.</summary>
    private static IEnumerable<SitePage> Archive(ModelContext context)
    {
        var labels = context.Labels;
        var crumbs = new List<Crumb> { new(labels["archive"], "archive/") };
        var years = context.WithPages.GroupBy(d => TimeZoneInfo.ConvertTime(d.Item.Date, context.Config.TimeZone).Year).OrderByDescending(g => g.Key).ToList();
        var terms = new List<TermLink>();
        foreach (var year in years)
        {
            var items = Summaries.Newest(year).Select(context.Summary).ToList();
            terms.Add(new TermLink(year.Key + labels["year_suffix"], ModelContext.YearUrl(year.Key), items.Count));
            foreach (var page in Paginator.Paginate(ModelContext.YearUrl(year.Key), year.Key + labels["year_suffix"], null, items, crumbs, null))
            {
                yield return page;
            }
        }

        yield return new SitePage("archive/", "terms", labels["archive"], new TermsView(labels["archive"], labels["archive_intro"], [new TermGroup(null, null, terms)], []));
    }

    private static List<ItemSummary> Items(ModelContext context, Func<ProcessedDocument, bool> predicate) =>
        Summaries.Newest(context.Listed.Where(predicate)).Select(context.Summary).ToList();
}
