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
        var byTag = ItemsBy(context, d => d.Item.Tags);
        var terms = new List<TermLink>();
        foreach (var tag in tags)
        {
            var items = byTag.GetValueOrDefault(tag) ?? [];
            terms.Add(new TermLink(tag, ModelContext.TagUrl(tag), items.Count));
            foreach (var page in Paginator.Paginate(context.Memo, ModelContext.TagUrl(tag), $"{labels["tag"]}：{tag}", null, items, crumbs, null))
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
        var byCategory = ItemsBy(context, d => d.Item is Technique { Category: { } category } ? [category] : []);
        foreach (var category in context.Config.Categories)
        {
            var items = byCategory.GetValueOrDefault(category) ?? [];
            foreach (var page in Paginator.Paginate(context.Memo, ModelContext.CategoryUrl(category), $"{labels["category"]}：{category}", null, items, crumbs, null))
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
        var pagesOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var byRegion = ItemsBy(context, d => d.Item.Regions.SelectMany(r => pagesOf.TryGetValue(r, out var known) ? known : pagesOf[r] = RegionPages(context.Config.Regions, r)));
        foreach (var county in context.Config.Regions.Counties)
        {
            var countyItems = byRegion.GetValueOrDefault(county.Name) ?? [];
            var towns = new List<TermLink>();
            foreach (var town in county.Towns)
            {
                var path = county.Name + "/" + town;

                var townItems = byRegion.GetValueOrDefault(path) ?? [];
                towns.Add(new TermLink(town, ModelContext.RegionUrl(path), townItems.Count));
                var townCrumbs = new List<Crumb> { root, new(county.Name, ModelContext.RegionUrl(county.Name)) };
                foreach (var page in Paginator.Paginate(context.Memo, ModelContext.RegionUrl(path), $"{county.Name} · {town}", labels["region_intro"], townItems, townCrumbs, null))
                {
                    yield return page;
                }
            }

            groups.Add(new TermGroup(county.Name, ModelContext.RegionUrl(county.Name), towns));
            foreach (var page in Paginator.Paginate(context.Memo, ModelContext.RegionUrl(county.Name), county.Name, labels["region_intro"], countyItems, [root], null))
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
        // Grouping keeps the newest-first order within each year.
        var years = context.WithPagesNewest.GroupBy(d => TimeZoneInfo.ConvertTime(d.Item.Date, context.Config.TimeZone).Year).OrderByDescending(g => g.Key).ToList();
        var terms = new List<TermLink>();
        foreach (var year in years)
        {
            var items = year.Select(context.Summary).ToList();
            terms.Add(new TermLink(year.Key + labels["year_suffix"], ModelContext.YearUrl(year.Key), items.Count));
            foreach (var page in Paginator.Paginate(context.Memo, ModelContext.YearUrl(year.Key), year.Key + labels["year_suffix"], null, items, crumbs, null))
            {
                yield return page;
            }
        }

        yield return new SitePage("archive/", "terms", labels["archive"], new TermsView(labels["archive"], labels["archive_intro"], [new TermGroup(null, null, terms)], []));
    }

    /// <summary>
    /// The region pages a document naming <paramref name="region"/> is listed on: a county's page shows what
    /// targets the county or any place in it; a town's page shows what targets the town or its whole county.
    /// Worked out once per distinct region value (a site has dozens, its documents thousands).
    /// </summary>
    private static string[] RegionPages(RegionTree tree, string region)
    {
        var pages = new List<string>();
        foreach (var county in tree.Counties)
        {
            var whole = region == county.Name;
            if (whole || region.StartsWith(county.Name + "/", StringComparison.Ordinal))
            {
                pages.Add(county.Name);
            }

            foreach (var town in county.Towns)
            {
                var path = county.Name + "/" + town;
                if (whole || region == path)
                {
                    pages.Add(path);
                }
            }
        }

        return [.. pages];
    }

    /// <summary>
    /// The listed documents under each key <paramref name="keys"/> gives them, newest first: one pass over the
    /// documents sorted once, instead of filtering and sorting all of them again for every tag or town (that was
    /// most of the site stage on 10,000 documents).
    /// </summary>
    private static Dictionary<string, List<ItemSummary>> ItemsBy(ModelContext context, Func<ProcessedDocument, IEnumerable<string>> keys)
    {
        var lists = new Dictionary<string, List<ItemSummary>>(StringComparer.Ordinal);
        foreach (var doc in context.ListedNewest)
        {
            var summary = context.Summary(doc);
            foreach (var key in keys(doc))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                // A key a document names twice lists it once.
                if (list.Count == 0 || !ReferenceEquals(list[^1], summary))
                {
                    list.Add(summary);
                }
            }
        }

        return lists;
    }
}
