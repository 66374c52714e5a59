using Portal.Tests.Support;

namespace Portal.Tests.SiteModel;

/// <summary>The "states" fixture built at a fixed now: each notice state behaves as design.md §4 says.</summary>
public sealed class NoticeStateTests : IClassFixture<NoticeStateTests.StatesSite>
{
    private readonly SiteBuild _site;

    public NoticeStateTests(StatesSite site) => _site = site.Build;

    [Fact]
    public void BuildSucceeds() => _site.Report.NoErrors();

    [Fact]
    public void ScheduledAndDraftNoticesAreNotPublishedAnywhere()
    {
        Assert.False(_site.Exists("notices/scheduled/index.html"));
        Assert.False(_site.Exists("notices/draft/index.html"));
        var everything = string.Concat(_site.Files().Where(f => f.EndsWith(".html") || f.EndsWith(".xml")).Select(_site.Read));
        Assert.DoesNotContain("定时通知", everything);
        Assert.DoesNotContain("草稿通知", everything);
    }

    [Fact]
    public void ExpiredNoticeKeepsAMarkedPageButLeavesListsFeedsAndSitemap()
    {
        var page = _site.Html("notices/expired/index.html");
        Assert.Contains("已过期", page.QuerySelector(".banner--expired")!.TextContent);
        Assert.Contains("2025年6月30日", page.QuerySelector(".banner--expired")!.TextContent);
        Assert.DoesNotContain("过期通知", _site.Read("index.html"));
        Assert.DoesNotContain("过期通知", _site.Read("notices/index.html"));
        Assert.DoesNotContain("过期通知", _site.Read("tags/科普/index.html"));
        Assert.DoesNotContain("notices/expired", _site.Read("feed.xml"));
        Assert.DoesNotContain("notices/expired", _site.Read("notices/feed.xml"));
        Assert.DoesNotContain("notices/expired", _site.Read("sitemap.xml"));
        Assert.Contains("过期通知", _site.Read("archive/2025/index.html"));
    }

    [Fact]
    public void ANoticeIsValidThroughItsExpiryDay()
    {
        Assert.Contains("今天到期的通知", _site.Read("notices/index.html"));
        Assert.Null(_site.Html("notices/expires-today/index.html").QuerySelector(".banner--expired"));
    }

    [Fact]
    public void WithdrawnNoticeShowsItsReasonFirstAndLeavesLists()
    {
        var page = _site.Html("notices/withdrawn/index.html");
        var article = page.QuerySelector("article")!;
        Assert.Equal("banner banner--withdrawn", article.FirstElementChild!.ClassName);
        Assert.Contains("活动因天气原因取消。", article.FirstElementChild.TextContent);
        Assert.DoesNotContain("撤销通知", _site.Read("notices/index.html"));
        Assert.DoesNotContain("撤销通知", _site.Read("index.html"));
        Assert.DoesNotContain("notices/withdrawn", _site.Read("sitemap.xml"));
    }

    [Fact]
    public void HomeShowsUrgentAndPinnedAndThisMonthsTechniques()
    {
        var home = _site.Html("index.html");
        var alerts = home.QuerySelector(".alerts")!.TextContent;
        Assert.Contains("有效通知", alerts);
        Assert.Contains("带附件的通知", alerts);
        var month = home.QuerySelector(".this-month")!;
        Assert.Contains("11月", month.TextContent);
        Assert.Contains("水稻育秧", month.TextContent); // months: [3, 4, 11]
        Assert.DoesNotContain("生猪养殖", month.TextContent); // months: [6]
    }

    [Fact]
    public void PolicyAndOriginalLinkBothWays()
    {
        var policy = _site.Html("policies/jiedu/index.html");
        Assert.Equal("../../notices/current/index.html", policy.QuerySelector("a.original-link")!.GetAttribute("href"));
        Assert.Equal("政策要点", policy.QuerySelector(".keypoints h2")!.TextContent);
        var original = _site.Html("notices/current/index.html");
        Assert.Equal("../../policies/jiedu/index.html", original.QuerySelector(".related a")!.GetAttribute("href"));
        var external = _site.Html("policies/waibu/index.html").QuerySelector("a.original-link")!;
        Assert.Equal("https://www.example.gov.cn/269.html", external.GetAttribute("href"));
    }

    [Fact]
    public void TaxonomyPagesExist()
    {
        Assert.Contains("有效通知", _site.Read("tags/水稻/index.html"));
        Assert.Contains("水稻育秧", _site.Read("techniques/category/种植/index.html"));
        Assert.Contains("有效通知", _site.Read("regions/北湖区/华塘镇/index.html"));
        Assert.Contains("有效通知", _site.Read("regions/北湖区/index.html"));
        Assert.DoesNotContain("有效通知", _site.Read("regions/苏仙区/index.html"));
        Assert.Contains("2026年", _site.Read("archive/index.html"));
    }

    [Fact]
    public void BundleFilesAttachmentsAndAliasesArePublished()
    {
        Assert.True(_site.Exists("notices/with-file/guide.pdf"));
        var page = _site.Html("notices/with-file/index.html");
        var attachment = page.QuerySelector(".attachments a")!;
        Assert.Equal("guide.pdf", attachment.GetAttribute("href"));
        Assert.Contains("PDF", attachment.TextContent);
        Assert.Equal("pic.svg", page.QuerySelector(".prose img")!.GetAttribute("src"));
        var redirect = _site.Html("old/notice-1/index.html");
        Assert.Contains("../../notices/with-file/index.html", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }

    [Fact]
    public void EveryInternalLinkResolves() => Assert.Empty(LinkCrawler.BrokenLinks(_site.Output));

    [Fact]
    public void AllHtmlUsesRelativeUrls()
    {
        foreach (var file in _site.Files().Where(f => f.EndsWith(".html") && f != "404.html"))
        {
            var doc = _site.Html(file);
            var rooted = doc.QuerySelectorAll("a[href^='/'], link[href^='/'], img[src^='/'], script[src^='/']").Select(e => e.OuterHtml).ToList();
            Assert.True(rooted.Count == 0, file + ": " + string.Join(", ", rooted));
        }
    }

    public sealed class StatesSite : IDisposable
    {
        public SiteBuild Build { get; } = new(Repo.Fixture("states"));

        public void Dispose() => Build.Dispose();
    }
}
