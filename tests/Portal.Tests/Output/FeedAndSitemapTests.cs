using System.Xml.Linq;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

public sealed class FeedAndSitemapTests : IClassFixture<SiteModel.NoticeStateTests.StatesSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly SiteBuild _site;

    public FeedAndSitemapTests(SiteModel.NoticeStateTests.StatesSite site) => _site = site.Build;

    [Fact]
    public void RssIsWellFormedWithAbsoluteUrlsUnderTheBaseUrl()
    {
        var rss = XDocument.Parse(_site.Read("feed.xml"));
        var links = rss.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Contains("https://test.example.org/sub/notices/current/", links);
        Assert.All(links, l => Assert.StartsWith("https://test.example.org/sub/", l));
        Assert.All(rss.Descendants("pubDate"), d => Assert.Matches(@"^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0800$", d.Value));
    }

    [Fact]
    public void SectionFeedsHoldOnlyTheirSection()
    {
        var rss = XDocument.Parse(_site.Read("techniques/feed.xml"));
        Assert.Equal(["水稻育秧", "生猪养殖"], rss.Descendants("item").Select(i => i.Element("title")!.Value));
        var atom = XDocument.Parse(_site.Read("techniques/atom.xml"));
        Assert.Equal(2, atom.Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void SitemapListsCurrentPagesOnly()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(_site.Read("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://test.example.org/sub/", locs);
        Assert.Contains("https://test.example.org/sub/notices/current/", locs);
        Assert.DoesNotContain("https://test.example.org/sub/notices/expired/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("old/notice-1"));
    }

    /// <summary>The sitemap is written without building an XElement tree; its text is what the tree gave.</summary>
    [Fact]
    public void SitemapTextIsWhatTheXmlTreeGives()
    {
        var config = new Portal.Content.SiteConfig { Title = "小站", BaseUrl = "https://test.example.org/a&b/", TimeZone = TimeZoneInfo.Utc };
        var entries = new List<Portal.SiteModel.SitemapEntry>
        {
            new("", new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.FromHours(8))),
            new("tags/%E6%B0%B4%E7%A8%BB/", new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)),
            new("notices/<x>\"'/", new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero)),
        };
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var root = new XElement(ns + "urlset", entries.Select(e => new XElement(ns + "url",
            new XElement(ns + "loc", Portal.Content.SitePaths.Absolute(config.BaseUrl, e.Path)),
            new XElement(ns + "lastmod", e.LastModified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))));
        var tree = new XDeclaration("1.0", "utf-8", null) + "\n" + root.ToString(SaveOptions.None) + "\n";

        Assert.Equal(tree, Portal.Output.FeedWriter.Sitemap(entries, config));
        Assert.Equal(new XDeclaration("1.0", "utf-8", null) + "\n" + new XElement(ns + "urlset").ToString(SaveOptions.None) + "\n", Portal.Output.FeedWriter.Sitemap([], config));
    }
}
