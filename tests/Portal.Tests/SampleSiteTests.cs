using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests;

/// <summary>The real sample content in input/ with the real theme: the site a fresh clone builds.</summary>
public sealed class SampleSiteTests : IClassFixture<SampleSiteTests.Sample>
{
    private readonly SiteBuild _site;

    public SampleSiteTests(Sample sample) => _site = sample.Build;

    [Fact]
    public void BuildsWithoutErrorsOrWarnings() => Assert.True(_site.Report.Diagnostics.Count == 0, string.Join("\n", _site.Report.Diagnostics));

    [Fact]
    public void EveryInternalLinkResolves() => Assert.Empty(LinkCrawler.BrokenLinks(_site.Output));

    [Fact]
    public void HasTheContentTheBriefAsksFor()
    {
        var kinds = _site.Report.PagesByKind;
        Assert.True(kinds["notice"] >= 6, "notices");
        Assert.True(kinds["technique"] >= 6, "techniques");
        Assert.True(kinds["policy"] >= 4, "policies");
        Assert.True(kinds["page"] >= 1, "about page");
        Assert.NotEmpty(_site.Html("notices/index.html").QuerySelectorAll(".cards > li"));
        Assert.NotNull(_site.Html("index.html").QuerySelector(".alerts"));
    }

    [Fact]
    public void NoticePagesStayUnderFiftyKilobytesWithTheirCss()
    {
        var css = new FileInfo(Path.Combine(_site.Output, "assets/site.css")).Length;
        foreach (var page in _site.Files().Where(f => f.StartsWith("notices/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            var size = new FileInfo(Path.Combine(_site.Output, page)).Length + css;
            Assert.True(size <= 50 * 1024, $"{page}: {size} bytes");
        }
    }

    [Fact]
    public void NoPageRequestsAnythingOutsideTheSite()
    {
        foreach (var file in _site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = _site.Html(file);
            var external = doc.QuerySelectorAll("link[href], img[src], script[src], iframe[src], source[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => u.Contains("//", StringComparison.Ordinal) && !(doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") == u))
                .Where(u => !u.StartsWith("https://kjzc.example.org/", StringComparison.Ordinal));
            Assert.Empty(external);
        }
    }

    [Fact]
    public void EveryDiagnosticCodeIsExplainedInTheEditorGuide()
    {
        var guide = File.ReadAllText(Repo.Path("input", "README.md"));
        Assert.All(DiagnosticCodes.All, code => Assert.Contains(code, guide));
    }

    public sealed class Sample : IDisposable
    {
        public SiteBuild Build { get; } = new(Repo.Path("input"));

        public void Dispose() => Build.Dispose();
    }
}
