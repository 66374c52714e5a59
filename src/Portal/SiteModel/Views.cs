using Portal.Content;
using Portal.Html;

namespace Portal.SiteModel;

/// <summary>A document as it appears in a list: everything a card or a feed item shows.</summary>
public sealed record ItemSummary(
    string Title,
    string Url,
    DateTimeOffset Date,
    DateTimeOffset? Updated,
    string Section,
    string Excerpt,
    string State,
    bool Urgent,
    bool Pinned,
    string? DocNo,
    string? Issuer,
    string? Category,
    DateTimeOffset? Expires);

/// <summary>A link to a tag, category, region or year page, with how many items it holds.</summary>
public sealed record TermLink(string Name, string Url, int Count);

public sealed record Crumb(string Title, string Url);

public sealed record Pager(int Number, int Count, string? PreviousUrl, string? NextUrl, IReadOnlyList<PagerLink> Pages);

public sealed record PagerLink(int Number, string Url, bool Current);

/// <param name="Pages">A PDF's page count, where it was cheap to read (<see cref="PdfPageCount"/>); null otherwise.</param>
public sealed record AttachmentView(string Title, string Url, string Type, string Size, int? Pages = null);

/// <summary>The page of one document, with everything around it the layout shows.</summary>
public sealed record DocumentView(
    ContentItem Item,
    ItemSummary Summary,
    string Html,
    IReadOnlyList<TocEntry> Toc,
    int ReadingMinutes,
    IReadOnlyList<TermLink> Tags,
    IReadOnlyList<TermLink> Regions,
    TermLink? Category,
    IReadOnlyList<AttachmentView> Attachments,
    string? ImageUrl,
    ItemSummary? Original,
    IReadOnlyList<ItemSummary> Interpretations,
    IReadOnlyList<Crumb> Breadcrumbs)
{
    /// <summary>The cover as resized files (srcset, width, height), when <see cref="ImageUrl"/> is a photo the image stage made.</summary>
    public Images.Picture? Cover { get; init; }
}

/// <summary>A list of items: a section page, a tag, a category, a region, a year.</summary>
public sealed record ListView(string Heading, string? Intro, IReadOnlyList<ItemSummary> Items, Pager? Pager, IReadOnlyList<Crumb> Breadcrumbs, string? FeedUrl);

/// <summary>An index of terms: all tags, all regions, all years.</summary>
public sealed record TermsView(string Heading, string? Intro, IReadOnlyList<TermGroup> Groups, IReadOnlyList<Crumb> Breadcrumbs);

public sealed record TermGroup(string? Name, string? Url, IReadOnlyList<TermLink> Terms);

public sealed record SectionBlock(string Key, string Label, string Url, IReadOnlyList<ItemSummary> Items);

public sealed record HomeView(IReadOnlyList<ItemSummary> Alerts, IReadOnlyList<SectionBlock> Sections, int Month, IReadOnlyList<ItemSummary> ThisMonth, IReadOnlyList<TermLink> Tags);

/// <summary>The search page: the search itself runs in the browser; the page lists the sections to fall back on.</summary>
public sealed record SearchView(string Heading, IReadOnlyList<Crumb> Breadcrumbs);

public sealed record RedirectView(string Target, string AbsoluteTarget);

/// <summary>One HTML page of the site: where it goes, which layout renders it, and its data.</summary>
public sealed record SitePage(string Path, string Layout, string Title, object Model, string? Description = null, bool Indexed = true);

/// <summary>One RSS/Atom feed: its location and its items, newest first.</summary>
public sealed record Feed(string Path, string Title, IReadOnlyList<ItemSummary> Items);

/// <summary>Stage 5's result: every page to render, every feed, and the sitemap's pages.</summary>
public sealed record Site(
    SiteConfig Config,
    DateTimeOffset Now,
    IReadOnlyList<SitePage> Pages,
    IReadOnlyList<Feed> Feeds,
    IReadOnlyList<SitemapEntry> Sitemap,
    IReadOnlyList<NavLink> Navigation,
    IReadOnlyList<NavLink> PageLinks);

public sealed record SitemapEntry(string Path, DateTimeOffset LastModified);

public sealed record NavLink(string Key, string Label, string Url);
