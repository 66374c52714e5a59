using Portal.Content;
using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Load;

public class BinderTests
{
    [Fact]
    public void ReadsEveryNoticeKeyIntoTypedValues()
    {
        using var site = new MiniSite().With("notices/a.md", """
            ---
            title: 通知
            date: 2026-03-01 09:30
            expires: 2026-12-31
            doc_no: 郴科发〔2026〕1号
            status: active
            pinned: true
            urgent: false
            tags: [科普, 水稻]
            regions: [北湖区/华塘镇]
            updated: 2026-03-02
            changes:
              - date: 2026-03-02
                note: 更正地点
            ---
            正文
            """);
        var loaded = Load(site, out var bag);
        Assert.Empty(bag.Sorted());
        var notice = Assert.IsType<Notice>(Assert.Single(loaded.Items));
        Assert.Equal("测试科技局", notice.Issuer); // the site default
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)), notice.Date);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(8)), notice.Expires);
        Assert.Equal("郴科发〔2026〕1号", notice.DocNo);
        Assert.True(notice.Pinned);
        Assert.False(notice.Urgent);
        Assert.Equal(["科普", "水稻"], notice.Tags);
        Assert.Equal(["北湖区/华塘镇"], notice.Regions);
        Assert.Equal("更正地点", Assert.Single(notice.Changes).Note);
        Assert.Equal("notices/a/", notice.Url);
        Assert.Equal(16, notice.BodyLine);
    }

    [Fact]
    public void ReadsTechniqueAndPolicyKeys()
    {
        using var site = new MiniSite()
            .With("techniques/t.md", "---\ntitle: 技术\ndate: 2026-01-01\ncategory: 种植\nsubjects: [水稻]\nmonths: [4, 3, 3]\nexpert:\n  name: 李四\n  org: 农科所\n  phone: 0735-1\nreview_by: 2027-01-01\n---\n正文")
            .With("policies/p.md", "---\ntitle: 解读\ndate: 2026-01-01\nissuer: 科技局\ninterprets:\n  title: 原文\n  doc_no: 桂政办发〔2012〕269号\n  url: https://example.org/a\neffective: 2026-02-01\nkey_points: [一, 二, 三]\n---\n正文");
        var loaded = Load(site, out var bag);
        Assert.Empty(bag.Sorted());
        var technique = loaded.Items.OfType<Technique>().Single();
        Assert.Equal([3, 4], technique.Months);
        Assert.Equal(new Expert("李四", "农科所", "0735-1"), technique.Expert);
        var policy = loaded.Items.OfType<Policy>().Single();
        Assert.Equal("桂政办发〔2012〕269号", policy.Interprets.DocNo);
        Assert.Equal(3, policy.KeyPoints.Count);
    }

    [Fact]
    public void MissingRequiredKeysAreErrors()
    {
        using var site = new MiniSite().With("policies/p.md", "---\ndate: 2026-01-01\n---\n正文");
        Load(site, out var bag);
        var missing = bag.Sorted().Where(d => d.Code == DiagnosticCodes.RequiredKeyMissing).Select(d => d.Message).ToList();
        Assert.Contains(missing, m => m.Contains("title"));
        Assert.Contains(missing, m => m.Contains("issuer"));
        Assert.Contains(missing, m => m.Contains("interprets"));
    }

    [Fact]
    public void BadDateAndWrongTypeAreReportedAtTheirLines()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-02-30\ntags:\n  nested: map\npinned: maybe\n---\n");
        Load(site, out var bag);
        var all = bag.Sorted();
        var date = all.Single(d => d.Code == DiagnosticCodes.InvalidDate);
        Assert.Equal(3, date.Location.Line);
        Assert.Contains(all, d => d.Code == DiagnosticCodes.WrongType && d.Location.Line == 5 && d.Message.Contains("tags"));
        Assert.Contains(all, d => d.Code == DiagnosticCodes.WrongType && d.Location.Line == 6 && d.Message.Contains("pinned"));
    }

    [Fact]
    public void UnknownKeyIsAWarningWithASuggestion()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\nexpries: 2026-12-01\n---\n");
        Load(site, out var bag);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.UnknownKey, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(4, d.Location.Line);
        Assert.Contains("您是不是想写 expires", d.Message);
    }

    [Fact]
    public void MonthsOutOfRangeAreErrors()
    {
        using var site = new MiniSite().With("techniques/t.md", "---\ntitle: 技术\ndate: 2026-01-01\nmonths: [0, 13, 5]\n---\n");
        var loaded = Load(site, out var bag);
        Assert.Equal(2, bag.Sorted().Count(d => d.Code == DiagnosticCodes.InvalidValue));
        Assert.Equal([5], loaded.Items.OfType<Technique>().Single().Months);
    }

    [Fact]
    public void HiddenFilesAndTheEditorGuideAreNotPublished()
    {
        using var site = new MiniSite()
            .With("README.md", "# 编辑指南")
            .With("_drafts/x.md", "---\ntitle: x\n---\n")
            .With("notices/.hidden.md", "---\ntitle: x\n---\n")
            .With("notices/_wip.md", "---\ntitle: x\n---\n")
            .With("notices/ok.md", "---\ntitle: 好\ndate: 2026-01-01\n---\n")
            .With("notices/b/index.md", "---\ntitle: 包\ndate: 2026-01-01\n---\n")
            .With("notices/b/photo.png", "png");
        var loaded = Load(site, out var bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(["notices/b/index.md", "notices/ok.md"], loaded.Items.Select(i => i.SourcePath));
        Assert.True(loaded.Items.Single(i => i.Slug == "b").IsBundle);
        Assert.Equal(["notices/b/photo.png"], loaded.Assets.Select(a => a.RelativePath));
    }

    private static Portal.Load.LoadedSite Load(MiniSite site, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        var loaded = Portal.Load.ContentLoader.Load(Portal.Load.BuildPaths.From(site.Input, Repo.Path("theme"), site.Output), bag);
        Assert.NotNull(loaded);
        return loaded;
    }
}
