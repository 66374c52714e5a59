using Portal.Content;
using Portal.Posters;
using static Portal.Tests.Posters.PosterDocs;

namespace Portal.Tests.Posters;

/// <summary>The bulletin of a date: current urgent notices, then what is new since the last issue, then 本月农事 to fill the sheet.</summary>
public sealed class BulletinSelectorTests
{
    private static readonly DateOnly Date = new(2026, 11, 23);

    private static Notice NoticeOn(string slug, DateTimeOffset date, bool urgent = false) =>
        new(Common(Section.Notices, slug, slug, date)) { Issuer = "某局", Urgent = urgent };

    private static Technique TechniqueOn(string slug, DateTimeOffset date, params int[] months) =>
        new(Common(Section.Techniques, slug, slug, date)) { Months = months };

    private static IReadOnlyList<(string Slug, BulletinGroup Group)> Select(IEnumerable<Portal.SiteModel.DocumentView> views, int days = 7) =>
        BulletinSelector.Select(views, Date, new BulletinSettings { Days = days }, Config.TimeZone).Select(e => (e.View.Item.Slug, e.Group)).ToList();

    [Fact]
    public void New_means_published_in_the_last_days_including_the_date()
    {
        var views = new[]
        {
            View(NoticeOn("day-before-window", At(2026, 11, 16, 23))),
            View(NoticeOn("first-day", At(2026, 11, 17, 0))),
            View(NoticeOn("on-the-date", At(2026, 11, 23, 8))),
            View(new Policy(Common(Section.Policies, "policy-new", "p", At(2026, 11, 20))) { Issuer = "某局" }),
        };
        Assert.Equal(
            [("on-the-date", BulletinGroup.New), ("policy-new", BulletinGroup.New), ("first-day", BulletinGroup.New)],
            Select(views));
    }

    [Fact]
    public void The_window_is_configurable()
    {
        var views = new[] { View(NoticeOn("ten-days-ago", At(2026, 11, 13))), View(NoticeOn("today", At(2026, 11, 23))) };
        Assert.Equal(["today"], Select(views, days: 7).Select(e => e.Slug));
        Assert.Equal(["today", "ten-days-ago"], Select(views, days: 14).Select(e => e.Slug));
    }

    [Fact]
    public void Urgent_notices_come_first_whatever_their_date_and_only_once()
    {
        var views = new[]
        {
            View(NoticeOn("new", At(2026, 11, 22))),
            View(NoticeOn("old-urgent", At(2026, 9, 1), urgent: true)),
            View(NoticeOn("new-urgent", At(2026, 11, 21), urgent: true)),
        };
        Assert.Equal(
            [("new-urgent", BulletinGroup.Urgent), ("old-urgent", BulletinGroup.Urgent), ("new", BulletinGroup.New)],
            Select(views));
    }

    [Fact]
    public void Expired_and_withdrawn_items_are_left_out()
    {
        var views = new[]
        {
            View(NoticeOn("expired-urgent", At(2026, 11, 20), urgent: true), state: "expired"),
            View(NoticeOn("withdrawn", At(2026, 11, 21)), state: "withdrawn"),
            View(NoticeOn("current", At(2026, 11, 22))),
        };
        Assert.Equal(["current"], Select(views).Select(e => e.Slug));
    }

    [Fact]
    public void Techniques_of_the_month_fill_the_first_sheet_only()
    {
        var month = Enumerable.Range(1, 10).Select(i => View(TechniqueOn("month-" + i, At(2026, 6, i), 11, 12))).ToList();
        var other = View(TechniqueOn("spring", At(2026, 6, 20), 3, 4));
        var fresh = Enumerable.Range(1, 3).Select(i => View(NoticeOn("new-" + i, At(2026, 11, 20 + i)))).ToList();
        var selected = Select([.. month, other, .. fresh]);
        Assert.Equal(BulletinSelector.PerSheet, selected.Count);
        Assert.Equal(3, selected.Count(e => e.Group == BulletinGroup.New));
        Assert.All(selected.Where(e => e.Group == BulletinGroup.ThisMonth), e => Assert.StartsWith("month-", e.Slug, StringComparison.Ordinal));

        var many = Enumerable.Range(1, 10).Select(i => View(NoticeOn("n-" + i, At(2026, 11, 22)))).ToList();
        var full = Select([.. many, .. month]);
        Assert.Equal(10, full.Count);
        Assert.DoesNotContain(full, e => e.Group == BulletinGroup.ThisMonth);
    }

    [Fact]
    public void Bulletin_is_numbered_by_week_and_split_into_sheets_of_eight()
    {
        var views = Enumerable.Range(1, 11).Select(i => View(NoticeOn("n-" + i, At(2026, 11, 22)))).ToList();
        var bulletin = BulletinBuilder.Build(views, Config, Strings, At(2026, 11, 23, 23), new BulletinSettings());
        Assert.Equal(48, bulletin.Number);
        Assert.Equal(2026, bulletin.Year);
        Assert.Equal([8, 3], bulletin.Sheets.Select(s => s.Count));
        Assert.Equal("11月17日至11月23日新发布的内容，以及紧急通知", bulletin.Window);
        Assert.All(bulletin.Sheets.SelectMany(s => s), i => Assert.StartsWith("https://kjzc.example.org/sub/notices/n-", i.AbsoluteUrl, StringComparison.Ordinal));

        var numbered = BulletinBuilder.Build(views, Config, Strings, At(2026, 11, 23, 23), new BulletinSettings { Issue = 7 });
        Assert.Equal(7, numbered.Number);
    }
}
