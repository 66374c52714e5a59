using Portal.Tests.Support;

namespace Portal.Tests.SiteModel;

public class PaginationTests
{
    [Fact]
    public void ListsSplitIntoPagesOfTwentyWithWorkingLinks()
    {
        using var site = new MiniSite();
        for (var i = 1; i <= 45; i++)
        {
            site.With($"notices/n{i:00}.md", $"---\ntitle: 通知{i:00}\ndate: 2026-01-{(i % 28) + 1:00}\n---\n正文{i}。");
        }

        site.Build().NoErrors();
        var first = File.ReadAllText(Path.Combine(site.Output, "notices/index.html"));
        Assert.Equal(20, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(first).QuerySelectorAll(".cards > li").Length);
        Assert.True(File.Exists(Path.Combine(site.Output, "notices/page/2/index.html")));
        var third = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "notices/page/3/index.html")));
        Assert.Equal(5, third.QuerySelectorAll(".cards > li").Length);
        Assert.False(File.Exists(Path.Combine(site.Output, "notices/page/4/index.html")));
        Assert.Empty(LinkCrawler.BrokenLinks(site.Output));
    }

    [Fact]
    public void PagerShowsTheEndsAndANeighbourhood()
    {
        Assert.Equal([1, 2, 3, 4, 5, 153], Portal.SiteModel.Paginator.Window(3, 153));
        Assert.Equal([1, 48, 49, 50, 51, 52, 153], Portal.SiteModel.Paginator.Window(50, 153));
        Assert.Equal([1, 2, 3], Portal.SiteModel.Paginator.Window(2, 3));
    }
}
