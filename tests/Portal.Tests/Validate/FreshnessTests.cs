using Portal.Diagnostics;
using Portal.Tests.Editors;
using Portal.Tests.Support;

namespace Portal.Tests.Validate;

public class FreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void ATechniquePastItsReviewDateWarnsAtReviewBy()
    {
        using var site = new MiniSite().With("techniques/a.md", "---\ntitle: 技术\ndate: 2026-01-01\nreview_by: 2026-11-22\n---\n\n正文。\n");
        var d = site.Check(Now).Single(DiagnosticCodes.ReviewDue);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("input/techniques/a.md:4:12", site.Where(d));
        Assert.StartsWith("实用技术需专家复核", d.Message);
        Assert.Contains("2026-11-22", d.Message);
    }

    [Fact]
    public void TheReviewDateIsThroughTheWholeDay()
    {
        using var site = new MiniSite().With("techniques/a.md", "---\ntitle: 技术\ndate: 2026-01-01\nreview_by: 2026-11-23\n---\n\n正文。\n");
        Assert.Empty(site.Check(Now).Diagnostics);
    }

    [Fact]
    public void WithoutReviewByATechniqueIsDueAYearAfterItsLastUpdate()
    {
        using var site = new MiniSite()
            .With("techniques/old.md", "---\ntitle: 旧技术\ndate: 2025-11-01\n---\n\n正文。\n")
            .With("techniques/updated.md", "---\ntitle: 更新过\ndate: 2025-01-01\nupdated: 2026-02-01\n---\n\n正文。\n");
        var d = site.Check(Now).Single(DiagnosticCodes.ReviewDue);
        Assert.Equal("input/techniques/old.md:3:7", site.Where(d));
        Assert.Contains("2026-11-01", d.Message);
    }

    [Fact]
    public void DraftAndScheduledTechniquesAreNotReminded()
    {
        using var site = new MiniSite()
            .With("techniques/draft.md", "---\ntitle: 草稿\ndate: 2020-01-01\ndraft: true\n---\n\n正文。\n")
            .With("techniques/later.md", "---\ntitle: 定时\ndate: 2027-01-01\nreview_by: 2026-01-01\n---\n\n正文。\n");
        Assert.DoesNotContain(site.Check(Now).Diagnostics, d => d.Code == DiagnosticCodes.ReviewDue);
    }

    [Theory]
    [InlineData("2026-11-23", "今天是最后一天")]
    [InlineData("2026-11-30", "还有 7 天")]
    public void ANoticeExpiringWithinSevenDaysIsAnInfo(string expires, string left)
    {
        using var site = new MiniSite().With("notices/a.md", $"---\ntitle: 通知\ndate: 2026-11-01\nexpires: {expires}\n---\n\n正文。\n");
        var report = site.Check(Now);
        var d = report.Single(DiagnosticCodes.ExpiresSoon);
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("input/notices/a.md:4:10", site.Where(d));
        Assert.Contains(left, d.Message);
        Assert.True(report.Succeeded);
        Assert.Equal(0, report.Warnings);
    }

    [Theory]
    [InlineData("2026-12-01")] // eight days away
    [InlineData("2026-11-22")] // already expired: the page says so, no reminder needed
    public void OtherNoticesGetNoExpiryNote(string expires)
    {
        using var site = new MiniSite().With("notices/a.md", $"---\ntitle: 通知\ndate: 2026-11-01\nexpires: {expires}\n---\n\n正文。\n");
        Assert.Empty(site.Check(Now).Diagnostics);
    }
}
