using Portal.Incremental;
using Portal.SiteModel;

namespace Portal.Tests.Incremental;

/// <summary>What serve counts as "the same page model": equal data, whatever the instances and list objects.</summary>
public class ViewEqualityTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(8));

    private static ItemSummary Summary(string title, DateTimeOffset? date = null) =>
        new(title, "notices/a/", date ?? Date, null, "notices", "摘要", "current", false, false, "郴科发〔2026〕1号", "市科技局", null, null);

    private static ListView List(params ItemSummary[] items) =>
        new("通知公告", null, [.. items], new Pager(1, 2, null, "notices/page/2/", [new PagerLink(1, "notices/", true), new PagerLink(2, "notices/page/2/", false)]), [new Crumb("首页", "")], "notices/feed.xml");

    [Fact]
    public void RebuiltModelsWithTheSameDataAreTheSame()
    {
        Assert.True(ViewEquality.Same(Summary("甲"), Summary("甲")));
        Assert.True(ViewEquality.Same(List(Summary("甲"), Summary("乙")), List(Summary("甲"), Summary("乙"))));
        Assert.True(ViewEquality.Same(new SitePage("notices/", "list", "通知", List(Summary("甲"))), new SitePage("notices/", "list", "通知", List(Summary("甲")))));
        // The same instant written with another offset is the same date, as DateTimeOffset.Equals says.
        Assert.True(ViewEquality.Same(Summary("甲", Date), Summary("甲", Date.ToUniversalTime())));
    }

    [Fact]
    public void AnyDifferenceInsideMakesThemDifferent()
    {
        Assert.False(ViewEquality.Same(Summary("甲"), Summary("乙")));
        Assert.False(ViewEquality.Same(Summary("甲"), Summary("甲", Date.AddDays(1))));
        Assert.False(ViewEquality.Same(Summary("甲"), Summary("甲") with { Urgent = true }));
        Assert.False(ViewEquality.Same(Summary("甲"), Summary("甲") with { Expires = Date }));
        Assert.False(ViewEquality.Same(List(Summary("甲"), Summary("乙")), List(Summary("乙"), Summary("甲"))));
        Assert.False(ViewEquality.Same(List(Summary("甲")), List(Summary("甲"), Summary("乙"))));
        Assert.False(ViewEquality.Same(List(Summary("甲")), List(Summary("甲")) with { Pager = null }));
        Assert.False(ViewEquality.Same(new SitePage("notices/", "list", "通知", List(Summary("甲"))), new SitePage("notices/", "list", "通知", List(Summary("乙")))));
        Assert.False(ViewEquality.Same(Summary("甲"), null));
        Assert.False(ViewEquality.Same(new Crumb("首页", ""), new TermLink("首页", "", 0)));
    }

    [Fact]
    public void DictionariesAndPlainClassesCompareByContent()
    {
        Assert.True(ViewEquality.Same(new Dictionary<string, string> { ["a"] = "一", ["b"] = "二" }, new Dictionary<string, string> { ["b"] = "二", ["a"] = "一" }));
        Assert.False(ViewEquality.Same(new Dictionary<string, string> { ["a"] = "一" }, new Dictionary<string, string> { ["a"] = "二" }));
        // Not a record: its Equals is by reference, so its properties are compared one by one.
        Assert.True(ViewEquality.Same(new Plain { Name = "甲", Items = ["一"] }, new Plain { Name = "甲", Items = ["一"] }));
        Assert.False(ViewEquality.Same(new Plain { Name = "甲", Items = ["一"] }, new Plain { Name = "甲", Items = ["二"] }));
    }

    [Fact]
    public void ADerivedRecordComparesTheListsItsBaseHolds()
    {
        // Like Notice and ContentItem: the derived record's own fields are plain values, its base holds a list.
        var notice = new Derived("通知") { Tags = ["水稻"] };
        Assert.True(ViewEquality.Same(notice, notice with { Tags = ["水稻"] }));
        Assert.False(ViewEquality.Same(notice, notice with { Tags = ["香菇"] }));
    }

    private abstract record WithTags
    {
        public IReadOnlyList<string> Tags { get; init; } = [];
    }

    private sealed record Derived(string Title) : WithTags;

    private sealed class Plain
    {
        public string Name { get; init; } = "";

        public List<string> Items { get; init; } = [];
    }
}
