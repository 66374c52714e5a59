using Portal.Engine;
using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

/// <summary>`portal serve` and `portal build` into one folder: each write takes the folder's lock, and serve notices a folder a build replaced.</summary>
public class ServeSharesTheFolderTests
{
    [Fact]
    public void AfterABuildReplacedTheFolderServeWritesItsOwnCompleteSite()
    {
        using var served = new MiniSite().With("notices/a.md", "---\ntitle: 甲\ndate: 2026-01-01\n---\n甲的正文。");
        using var other = new MiniSite().With("notices/b.md", "---\ntitle: 乙\ndate: 2026-01-02\n---\n乙的正文。");
        var session = new SiteEngine(new BuildOptions(BuildPaths.From(served.Input, Repo.Path("theme"), served.Output)) { Now = SiteBuild.FixedNow });
        session.Build().NoErrors();

        // Someone runs `portal build` of another input into the folder serve is writing.
        SiteBuilder.Build(new BuildOptions(BuildPaths.From(other.Input, Repo.Path("theme"), served.Output)) { Now = SiteBuild.FixedNow }).NoErrors();
        served.With("notices/a.md", "---\ntitle: 甲\ndate: 2026-01-01\n---\n甲的正文，改过了。");
        session.Build([Path.Combine(served.Input, "notices/a.md")]).NoErrors();

        var files = OutputAssert.IsOneCompleteBuild(served.Output);
        Assert.Contains("notices/a/index.html", files);
        Assert.DoesNotContain("notices/b/index.html", files);
        Assert.Contains("改过了", File.ReadAllText(Path.Combine(served.Output, "notices/a/index.html")));
        OutputAssert.NothingLeftBeside(served.Output);
    }
}
