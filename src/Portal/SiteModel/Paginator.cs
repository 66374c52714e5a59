namespace Portal.SiteModel;

/// <summary>Splits a list into pages of <see cref="SiteModelBuilder.PageSize"/>: first at <c>base/</c>, then <c>base/page/N/</c>.</summary>
internal static class Paginator
{
    public static IEnumerable<SitePage> Paginate(string basePath, string heading, string? intro, IReadOnlyList<ItemSummary> items, IReadOnlyList<Crumb> crumbs, string? feedUrl)
    {
        var count = Math.Max(1, (int)Math.Ceiling(items.Count / (double)SiteModelBuilder.PageSize));
        string UrlOf(int n) => n == 1 ? basePath : basePath + "page/" + n + "/";
        for (var n = 1; n <= count; n++)
        {
            var slice = items.Skip((n - 1) * SiteModelBuilder.PageSize).Take(SiteModelBuilder.PageSize).ToList();
            var pager = count == 1 ? null : new Pager(
                n,
                count,
                n > 1 ? UrlOf(n - 1) : null,
                n < count ? UrlOf(n + 1) : null,
                Window(n, count).Select(i => new PagerLink(i, UrlOf(i), i == n)).ToList());
            var title = n == 1 ? heading : $"{heading}（第 {n} 页）";
            yield return new SitePage(UrlOf(n), "list", title, new ListView(heading, intro, slice, pager, crumbs, feedUrl));
        }
    }

    /// <summary>The first, the last, and two either side of the current page: a pager that stays short on long lists.</summary>
    public static IEnumerable<int> Window(int current, int count) =>
        Enumerable.Range(1, count).Where(i => i == 1 || i == count || Math.Abs(i - current) <= 2);
}
