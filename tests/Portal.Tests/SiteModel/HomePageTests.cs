using AngleSharp.Html.Parser;
using Portal.Tests.Support;

namespace Portal.Tests.SiteModel;

public class HomePageTests
{
    [Fact]
    public void ThisMonthIsShortAndNewestFirst()
    {
        using var site = new MiniSite();
        for (var i = 1; i <= 9; i++)
        {
            site.With($"techniques/t{i}.md", $"---\ntitle: 技术{i}\ndate: 2026-0{i}-01\ncategory: 种植\nmonths: [11]\n---\n正文。");
        }

        site.With("techniques/summer.md", "---\ntitle: 夏季技术\ndate: 2026-10-01\ncategory: 种植\nmonths: [7]\n---\n正文。");
        site.Build().NoErrors();
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        var titles = home.QuerySelectorAll(".this-month .card__title").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["技术9", "技术8", "技术7", "技术6", "技术5", "技术4"], titles);
    }
}
