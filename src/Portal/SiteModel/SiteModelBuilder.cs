using Portal.Content;
using Portal.Html;
using Portal.Load;

namespace Portal.SiteModel;

/// <summary>
/// Stage 5: from processed documents to the whole site: which pages exist, what every list holds,
/// the home page, feeds and sitemap. Decides publication with "now" (build time or --now).
/// </summary>
public static class SiteModelBuilder
{
    public const int PageSize = 20;

    /// <param name="keepScheduled">
    /// Kiosk builds: scheduled documents get their pages and stand in lists too (marked, hidden until their
    /// date by the browser), because a kiosk may stay offline past that date. Feeds still list current ones only.
    /// </param>
    /// <param name="memo">The last model's pieces (serve): unchanged ones are taken over, not rebuilt. Null for a one-off build.</param>
    public static Site Build(LoadedSite loaded, IReadOnlyList<ProcessedDocument> processed, Labels labels, DateTimeOffset now, bool keepScheduled = false, ModelMemo? memo = null)
    {
        var config = loaded.Config;
        memo ??= new ModelMemo();
        memo.Begin([config, labels.Strings, keepScheduled, now, .. loaded.Assets, .. loaded.Images.All]);
        var withPages = processed.Where(d => Publication.HasPage(d.State) || (keepScheduled && d.State == PublicationState.Scheduled)).ToList();
        var listed = withPages.Where(d => d.State == PublicationState.Current).ToList();
        var shown = keepScheduled ? withPages.Where(d => d.State is PublicationState.Current or PublicationState.Scheduled).ToList() : listed;
        var context = new ModelContext(config, labels, now, loaded.Assets, withPages, shown, loaded.Images, memo);

        // About one list page for every two documents besides their own pages: sized once, not grown eight times.
        var pages = new List<SitePage>(withPages.Count * 2);
        pages.AddRange(DocumentPages.Build(context));
        pages.AddRange(SectionPages.Build(context));
        pages.AddRange(TaxonomyPages.Build(context));
        pages.Add(HomePage.Build(context));
        pages.Add(new SitePage("search/", "search", labels["search"], new SearchView(labels["search"], []), labels["search_intro"], Indexed: false));
        pages.Add(new SitePage("404.html", "404", labels["not_found_title"], new ListView(labels["not_found_title"], null, [], null, [], null), Indexed: false));
        pages.AddRange(Redirects(context));

        // Feeds list current documents only, also on a kiosk (where ListedNewest holds scheduled ones too).
        var newest = context.ListedNewest.Where(d => d.State == PublicationState.Current).ToList();
        var feeds = new List<Feed> { new("feed.xml", config.Title, newest.Take(PageSize * 2).Select(context.Summary).ToList()) };
        foreach (var section in SectionNames.All.Where(s => s != Section.Pages))
        {
            var items = newest.Where(d => d.Item.Section == section).Take(PageSize * 2).Select(context.Summary).ToList();
            feeds.Add(new Feed(SectionNames.Folder(section) + "/feed.xml", config.Title + " · " + labels[SectionNames.LabelKey(section)], items));
        }

        var sitemap = pages.Where(p => p.Indexed && !p.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(p => new SitemapEntry(p.Path, LastModified(p, now)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var nav = SectionNames.All.Where(s => s != Section.Pages)
            .Select(s => new NavLink(SectionNames.Folder(s), labels[SectionNames.LabelKey(s)], SectionNames.Folder(s) + "/"))
            .ToList();
        var pageLinks = Summaries.Newest(listed.Where(d => d.Item.Section == Section.Pages))
            .OrderBy(d => d.Item.Slug, StringComparer.Ordinal)
            .Select(d => new NavLink(d.Item.Slug, d.Item.Title, d.Item.Url))
            .ToList();
        memo.End();
        return new Site(config, now, pages, feeds, sitemap, nav, pageLinks);
    }

    private static DateTimeOffset LastModified(SitePage page, DateTimeOffset now) => page.Model switch
    {
        DocumentView d => d.Item.Updated ?? d.Item.Date,
        ListView { Items.Count: > 0 } l => l.Items.Max(i => i.Updated ?? i.Date),
        _ => now,
    };

    private static IEnumerable<SitePage> Redirects(ModelContext context) =>
        context.WithPages.SelectMany(d => d.Item.Aliases.Select(alias =>
            new SitePage(alias + "/", "redirect", d.Item.Title,
                new RedirectView(d.Item.Url, SitePaths.Absolute(context.Config.BaseUrl, d.Item.Url)), Indexed: false)));
}
