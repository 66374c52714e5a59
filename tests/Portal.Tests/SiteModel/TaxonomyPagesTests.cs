using Portal.Content;
using Portal.Html;
using Portal.SiteModel;
using Portal.Tests.Search;
using Portal.Tests.Support;

namespace Portal.Tests.SiteModel;

/// <summary>
/// Pins what every tag, category and region page lists, against the rules written out plainly here (filter the
/// current documents, newest first, ties by title): the builder groups the documents in one pass instead of
/// filtering all of them once per term, and must list exactly the same.
/// </summary>
public class TaxonomyPagesTests
{
    private const string SiteYml = """
        title: 小站
        base_url: https://mini.example.org/
        issuer: 测试科技局
        categories: [种植, 养殖, 农机]
        regions:
          北湖区: [华塘镇, 鲁塘镇]
          苏仙区: [良田镇, 栖凤渡镇]
        """;

    private static readonly string[] Tags = ["水稻", "香菇", "补贴", "科技下乡", "防汛"];
    private static readonly string[] Regions = ["北湖区", "北湖区/华塘镇", "北湖区/鲁塘镇", "苏仙区", "苏仙区/良田镇", "苏仙区/栖凤渡镇"];
    private static readonly string[] Categories = ["种植", "养殖", "农机"];

    [Fact]
    public void EveryTermPageListsTheCurrentDocumentsWithThatTermNewestFirst()
    {
        using var site = new MiniSite(SiteYml);
        var random = new Random(20261203);
        for (var i = 0; i < 70; i++)
        {
            // Few distinct dates, so many ties are broken by title; some notices expired (a page, in no list).
            var date = $"2026-0{1 + random.Next(3)}-1{random.Next(3)}";
            var tags = string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Tags[random.Next(Tags.Length)]));
            var regions = string.Join(", ", Enumerable.Range(0, random.Next(3)).Select(_ => Regions[random.Next(Regions.Length)]));
            var title = $"条目{random.Next(1000):000}号{i}";
            if (i % 3 == 0)
            {
                site.With($"techniques/t{i}.md", $"---\ntitle: {title}\ndate: {date}\ncategory: {Categories[random.Next(Categories.Length)]}\ntags: [{tags}]\nregions: [{regions}]\n---\n正文。");
            }
            else
            {
                var expires = i % 7 == 0 ? "\nexpires: 2026-04-01" : "";
                site.With($"notices/n{i}.md", $"---\ntitle: {title}\ndate: {date}{expires}\ntags: [{tags}]\nregions: [{regions}]\n---\n正文。");
            }
        }

        var built = SearchSite.Load(site.Input, new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(8)));
        var listed = built.Processed.Where(d => d.State == PublicationState.Current).ToList();
        Assert.Contains(built.Processed, d => d.State == PublicationState.Expired);

        var withPages = built.Processed.Where(d => Publication.HasPage(d.State)).ToList();
        foreach (var tag in withPages.SelectMany(d => d.Item.Tags).Distinct())
        {
            AssertLists(built.Site, ModelContext.TagUrl(tag), listed.Where(d => d.Item.Tags.Contains(tag)));
        }

        foreach (var category in Categories)
        {
            AssertLists(built.Site, ModelContext.CategoryUrl(category), listed.Where(d => d.Item is Technique t && t.Category == category));
        }

        foreach (var county in new[] { "北湖区", "苏仙区" })
        {
            AssertLists(built.Site, ModelContext.RegionUrl(county), listed.Where(d => d.Item.Regions.Any(r => r == county || r.StartsWith(county + "/", StringComparison.Ordinal))));
            foreach (var town in Regions.Where(r => r.StartsWith(county + "/", StringComparison.Ordinal)))
            {
                AssertLists(built.Site, ModelContext.RegionUrl(town), listed.Where(d => d.Item.Regions.Any(r => r == town || r == county)));
            }
        }

        var tagCounts = built.Site.Pages.Single(p => p.Path == "tags/").Model is TermsView terms ? terms.Groups.Single().Terms : [];
        Assert.Equal(withPages.SelectMany(d => d.Item.Tags).Distinct().Order(StringComparer.Ordinal), tagCounts.Select(t => t.Name));
        Assert.All(tagCounts, t => Assert.Equal(listed.Count(d => d.Item.Tags.Contains(t.Name)), t.Count));
    }

    /// <summary>The items of the list at <paramref name="url"/>, all its pages in order, are exactly these.</summary>
    private static void AssertLists(Site site, string url, IEnumerable<ProcessedDocument> expected)
    {
        var want = expected.OrderByDescending(d => d.Item.Date).ThenBy(d => d.Item.Title, StringComparer.Ordinal).Select(d => d.Item.Url).ToList();
        var pages = site.Pages.Where(p => p.Path == url || p.Path.StartsWith(url + "page/", StringComparison.Ordinal))
            .Select(p => (ListView)p.Model)
            .OrderBy(v => v.Pager?.Number ?? 1)
            .ToList();
        Assert.NotEmpty(pages);
        Assert.Equal(want, pages.SelectMany(v => v.Items).Select(i => i.Url));
    }
}
