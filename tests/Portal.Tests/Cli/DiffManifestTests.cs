using Portal.Cli.Editing;
using Portal.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public class DiffManifestTests
{
    private static BuildManifest Manifest(params (string Path, string Hash)[] files) =>
        new("portal", files.Select(f => new ManifestEntry(f.Path, 1, f.Hash)).ToList());

    [Fact]
    public void SortsContentPagesFromEverythingElse()
    {
        var old = Manifest(("index.html", "a"), ("notices/a/index.html", "a"), ("notices/gone/index.html", "a"), ("about/index.html", "a"), ("portal-manifest.json", "a"), ("assets/site.css", "a"));
        var @new = Manifest(("index.html", "b"), ("notices/a/index.html", "b"), ("notices/new-one/index.html", "b"), ("about/index.html", "a"), ("portal-manifest.json", "b"), ("assets/site.css", "a"), ("tags/水稻/index.html", "b"), ("notices/page/2/index.html", "b"));
        var diff = ManifestDiff.Compare(old, @new, path => path == "notices/new-one/index.html" ? "新通知" : null);
        Assert.Equal(
            [new PageChange("notices/a/", ChangeKind.Changed, null), new PageChange("notices/gone/", ChangeKind.Removed, null), new PageChange("notices/new-one/", ChangeKind.Added, "新通知")],
            diff.Pages);
        Assert.Equal([("index.html", ChangeKind.Changed), ("notices/page/2/index.html", ChangeKind.Added), ("tags/水稻/index.html", ChangeKind.Added)], diff.OtherFiles);
        Golden.Matches("diff.md", diff.ToMarkdown());
    }

    [Theory]
    [InlineData("notices/shuidao/index.html", true)]
    [InlineData("about/index.html", true)]
    [InlineData("tags/index.html", false)]
    [InlineData("index.html", false)]
    [InlineData("notices/index.html", false)]
    [InlineData("regions/北湖区/index.html", false)]
    [InlineData("tongzhi/2013-05/old/index.html", false)]
    public void ContentPages(string path, bool expected) => Assert.Equal(expected, ManifestDiff.IsContentPage(path));

    [Fact]
    public void TheCommandComparesTwoBuildsAndNamesNewPagesByTitle()
    {
        using var temp = new TempDir();
        using var site = new MiniSite().With("notices/first.md", "---\ntitle: 第一条通知\ndate: 2026-11-01\n---\n\n正文。\n");
        var oldOut = temp.Combine("old");
        Assert.Equal(0, PortalProcess.Run(temp.Path, "build", "--input", site.Input, "--theme", Repo.Path("theme"), "--output", oldOut, "--now", "2026-11-23").Exit);
        site.With("notices/second.md", "---\ntitle: 第二条通知\ndate: 2026-11-02\n---\n\n正文。\n");
        var newOut = temp.Combine("new");
        Assert.Equal(0, PortalProcess.Run(temp.Path, "build", "--input", site.Input, "--theme", Repo.Path("theme"), "--output", newOut, "--now", "2026-11-23").Exit);

        var (exit, stdout, _) = PortalProcess.Run(temp.Path, "diff-manifest", oldOut, newOut);
        Assert.Equal(0, exit);
        Assert.Contains("新增 1 个页面", stdout);
        Assert.Contains("- 第二条通知 — `notices/second/`", stdout);
        Assert.DoesNotContain("`notices/first/`", stdout.Split("<details>")[0]);

        var text = PortalProcess.Run(temp.Path, "diff-manifest", Path.Combine(oldOut, "portal-manifest.json"), newOut, "--format", "text");
        Assert.Contains("+ notices/second/  第二条通知", text.Out);

        var missing = PortalProcess.Run(temp.Path, "diff-manifest", temp.Combine("nope"), newOut);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("读不到构建清单", missing.Err);
    }
}
