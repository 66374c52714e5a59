using Portal.Content;
using Portal.Load;
using Portal.SiteModel;
using Portal.Tests.Support;

namespace Portal.Tests.Posters;

/// <summary>Document views made directly, for poster and bulletin tests that need no files.</summary>
public static class PosterDocs
{
    public static readonly SiteConfig Config = new()
    {
        Title = "测试科技之窗",
        BaseUrl = "https://kjzc.example.org/sub/",
        TimeZone = SiteConfigLoader.ChinaStandardTime,
        Issuer = "测试市科学技术局",
    };

    public static readonly Labels Strings = LoadLabels();

    public static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    public static ContentItem Common(Section section, string slug, string title, DateTimeOffset date) => Docs.Page("正文", slug, section) with { Title = title, Date = date };

    public static DocumentView View(ContentItem item, string html = "<p>正文。</p>", string state = "current", ItemSummary? original = null)
    {
        var summary = new ItemSummary(
            item.Title,
            item.Url,
            item.Date,
            item.Updated,
            SectionNames.Folder(item.Section),
            "摘要：" + item.Title,
            state,
            item is Notice { Urgent: true },
            item is Notice { Pinned: true },
            item switch { Notice n => n.DocNo, Policy p => p.DocNo, _ => null },
            item switch { Notice n => n.Issuer, Policy p => p.Issuer, _ => null },
            (item as Technique)?.Category,
            (item as Notice)?.Expires);
        return new DocumentView(item, summary, html, [], 1, [], [], null, [], null, original, [], []);
    }

    private static Labels LoadLabels()
    {
        var bag = new Portal.Diagnostics.DiagnosticBag();
        var labels = LabelsLoader.Load(BuildPaths.From(Repo.Path("input"), Repo.Path("theme"), Path.GetTempPath()), bag);
        Assert.False(bag.HasErrors);
        return labels;
    }
}
