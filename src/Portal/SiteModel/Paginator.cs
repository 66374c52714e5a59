using Portal.Incremental;

namespace Portal.SiteModel;

/// <summary>Splits a list into pages of <see cref="SiteModelBuilder.PageSize"/>: first at <c>base/</c>, then <c>base/page/N/</c>.</summary>
internal static class Paginator
{
    /// <param name="memo">The last model's pages: a page whose items, heading and neighbours are the same is taken over.</param>
    public static IEnumerable<SitePage> Paginate(ModelMemo memo, string basePath, string heading, string? intro, IReadOnlyList<ItemSummary> items, IReadOnlyList<Crumb> crumbs, string? feedUrl)
    {
        var count = Math.Max(1, (int)Math.Ceiling(items.Count / (double)SiteModelBuilder.PageSize));
        for (var n = 1; n <= count; n++)
        {
            var start = (n - 1) * SiteModelBuilder.PageSize;
            var length = Math.Min(SiteModelBuilder.PageSize, items.Count - start);
            yield return memo.Page(
                UrlOf(basePath, n),
                last => last.Model is ListView v && (v.Pager?.Count ?? 1) == count && v.Heading == heading && v.Intro == intro && v.FeedUrl == feedUrl
                    && ModelMemo.SameItems(v.Items, items, start, length) && ViewEquality.Same(v.Breadcrumbs, crumbs),
                () => Page(basePath, n, count, heading, intro, [.. items.Skip(start).Take(length)], crumbs, feedUrl));
        }
    }

    private static string UrlOf(string basePath, int n) => n == 1 ? basePath : basePath + "page/" + n + "/";

    private static SitePage Page(string basePath, int n, int count, string heading, string? intro, List<ItemSummary> slice, IReadOnlyList<Crumb> crumbs, string? feedUrl)
    {
        var pager = count == 1 ? null : new Pager(
            n,
            count,
            n > 1 ? UrlOf(basePath, n - 1) : null,
            n < count ? UrlOf(basePath, n + 1) : null,
            Window(n, count).Select(i => new PagerLink(i, UrlOf(basePath, i), i == n)).ToList());
        var title = n == 1 ? heading : $"{heading}（第 {n} 页）";
        return new SitePage(UrlOf(basePath, n), "list", title, new ListView(heading, intro, slice, pager, crumbs, feedUrl));
    }

    /// <summary>The first, the last, and two either side of the current page: a pager that stays short on long lists.</summary>
    public static IEnumerable<int> Window(int current, int count) =>
        Enumerable.Range(1, count).Where(i => i == 1 || i == count || Math.Abs(i - current) <= 2);
}
