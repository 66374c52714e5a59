using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

public class OutputPublisherTests
{
    [Fact]
    public void AFailedBuildLeavesThePreviousOutputByteIdentical()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n正文。");
        site.Build().NoErrors();
        var before = Snapshot(site.Output);

        site.With("notices/b.md", "---\ntitle: 坏\ndate: 不是日期\n---\n");
        var failed = site.Build();
        Assert.False(failed.Succeeded);
        Assert.Null(failed.Published);
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void UnchangedFilesAreNotRewrittenAndRemovedOnesDisappear()
    {
        using var site = new MiniSite()
            .With("notices/a.md", "---\ntitle: 甲\ndate: 2026-01-01\n---\n正文。")
            .With("notices/b.md", "---\ntitle: 乙\ndate: 2026-01-02\n---\n正文。");
        site.Build().NoErrors();
        var aPage = Path.Combine(site.Output, "notices/a/index.html");
        var css = Path.Combine(site.Output, "assets/site.css");
        var aStamp = File.GetLastWriteTimeUtc(aPage);
        var cssStamp = File.GetLastWriteTimeUtc(css);
        Thread.Sleep(20);

        File.Delete(Path.Combine(site.Input, "notices/b.md"));
        var second = site.Build();
        second.NoErrors();
        Assert.Equal(aStamp, File.GetLastWriteTimeUtc(aPage));
        Assert.Equal(cssStamp, File.GetLastWriteTimeUtc(css));
        Assert.False(File.Exists(Path.Combine(site.Output, "notices/b/index.html")));
        Assert.True(second.Published!.Unchanged > 0);
        Assert.True(second.Published.Removed > 0);
    }

    [Fact]
    public void RefusesToReplaceAFolderItDidNotMake()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n");
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "precious.txt"), "不要删除");
        var report = site.Build();
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.OutputError);
        Assert.Equal("不要删除", File.ReadAllText(Path.Combine(site.Output, "precious.txt")));
    }

    [Fact]
    public void TheEngineItselfRefusesAnOutputInsideTheInput()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n");
        var inside = Path.Combine(site.Input, "out");
        var report = SiteBuilder.Build(new BuildOptions(Portal.Load.BuildPaths.From(site.Input, Repo.Path("theme"), inside)) { Now = SiteBuild.FixedNow });
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.OutputError && d.Message.Contains("重叠"));
        Assert.False(Directory.Exists(inside));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(File.ReadAllBytes(f)) + File.GetLastWriteTimeUtc(f).Ticks);
}
