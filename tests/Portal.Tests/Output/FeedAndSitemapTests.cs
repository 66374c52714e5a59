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
}
