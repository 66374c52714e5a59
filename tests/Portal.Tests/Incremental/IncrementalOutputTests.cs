using Portal.Diagnostics;
using Portal.Engine;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Incremental;

/// <summary>Serve's writes into the output folder it keeps: a file it cannot write is an error in the report, not a crash.</summary>
public class IncrementalOutputTests
{
    [Theory]
    [InlineData("---\ntitle: 甲\ndate: 2026-01-01\n---\n甲的正文，改过了。")] // body edit: written ahead, then the rest
    [InlineData("---\ntitle: 甲改\ndate: 2026-01-01\n---\n甲的正文。")] // title edit: the whole pipeline
    public void AFolderWhereAPageGoesIsReportedAndLeftAsItIs(string edited)
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 甲\ndate: 2026-01-01\n---\n甲的正文。");
        var session = new SiteEngine(new BuildOptions(BuildPaths.From(site.Input, Repo.Path("theme"), site.Output)) { Now = SiteBuild.FixedNow });
        session.Build().NoErrors();

        // Somebody puts a folder where the page was.
        var page = Path.Combine(site.Output, "notices/a/index.html");
        File.Delete(page);
        Directory.CreateDirectory(page);
        File.WriteAllText(Path.Combine(page, "kept.txt"), "留着");
        site.With("notices/a.md", edited);

        var report = session.Build([Path.Combine(site.Input, "notices/a.md")]);

        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputError, error.Code);
        Assert.Contains("写入输出目录失败", error.Message);
        Assert.Equal("留着", File.ReadAllText(Path.Combine(page, "kept.txt")));
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.portal-tmp", SearchOption.AllDirectories));
    }
}
