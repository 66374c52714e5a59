using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Posters;

/// <summary>Every current notice, technique and policy page carries its poster (shown at #poster-a4 or #poster-a3) and links it; the bulletin is the one poster file.</summary>
public sealed class PosterSiteTests : IClassFixture<PosterSiteTests.Sample>
{
    private readonly SiteBuild _site;

    public PosterSiteTests(Sample sample) => _site = sample.Build;

    public static IEnumerable<string> CurrentDocuments(SiteBuild site) =>
        site.Files()
            .Where(f => f.EndsWith("/index.html", StringComparison.Ordinal) && f.Split('/').Length == 3)
            .Where(f => f.Split('/')[0] is "notices" or "techniques" or "policies")
            .Where(f => site.Html(f).QuerySelector("article.is-expired, article.is-withdrawn") is null)
            .Select(f => f[..f.LastIndexOf('/')]);

    [Fact]
    public void Every_current_document_page_carries_its_poster_frame_with_title_papers_and_qr_address()
    {
        var documents = CurrentDocuments(_site).ToList();
        Assert.True(documents.Count >= 12, string.Join(", ", documents));
        foreach (var doc in documents)
        {
            var page = _site.Html(doc + "/index.html");
            var title = page.QuerySelector("h1")!.TextContent;
            var sheet = (AngleSharp.Html.Dom.IHtmlTemplateElement)page.QuerySelector("template#poster-sheet")!;
            var frame = sheet.Content;
            Assert.Equal(title, frame.QuerySelector("h1.title")!.TextContent);
            // Name, margin and unit of each paper: 15 mm on A4, the A4 layout scaled by √2 on A3.
            Assert.Equal("A4 15 1;A3 21.2 1.414", sheet.GetAttribute("data-papers"));
            Assert.Equal("（{paper} 打印海报）- 郴州科技之窗", sheet.GetAttribute("data-title"));
            Assert.Equal($"https://kjzc.example.org/{doc}/", frame.QuerySelector(".foot__qr")!.GetAttribute("data-poster-qr"));
            // The body is the page's own text, taken by poster.js: the frame does not repeat it.
            Assert.Empty(frame.QuerySelector("[data-poster-body]")!.ChildNodes);
            Assert.Single(page.QuerySelectorAll("script[src='../../assets/poster.js']"));
        }
    }

    [Fact]
    public void There_are_no_poster_files_besides_the_bulletin()
    {
        Assert.Equal(["posters/bulletin/a3.html", "posters/bulletin/a4.html"], _site.Files().Where(f => f.StartsWith("posters/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_without_a_poster_carry_no_frame_and_no_script()
    {
        foreach (var file in new[] { "index.html", "about/index.html", "notices/index.html", "search/index.html" })
        {
            var page = _site.Html(file);
            Assert.Null(page.QuerySelector("template#poster-sheet"));
            Assert.Empty(page.QuerySelectorAll("script[src$='poster.js']"));
        }
    }

    [Fact]
    public void Bulletin_shares_the_one_poster_stylesheet_and_loads_nothing_else()
    {
        foreach (var file in new[] { "posters/bulletin/a4.html", "posters/bulletin/a3.html" })
        {
            var page = _site.Html(file);
            Assert.Empty(page.QuerySelectorAll("img[src], a[href], script"));
            Assert.Equal("../../assets/poster.css", Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]")).GetAttribute("href"));
        }

        Assert.Contains("data-poster-body", File.ReadAllText(Path.Combine(_site.Output, "assets/poster.js")), StringComparison.Ordinal);
        Assert.Contains("print-color-adjust: exact", File.ReadAllText(Path.Combine(_site.Output, "assets/poster.css")), StringComparison.Ordinal);
        Assert.Contains("window.LeanQr", File.ReadAllText(Path.Combine(_site.Output, "assets/vendor/lean-qr.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_pages_link_to_their_posters_and_the_links_resolve()
    {
        foreach (var doc in CurrentDocuments(_site))
        {
            var links = _site.Html(doc + "/index.html").QuerySelectorAll(".poster-links a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["#poster-a4", "#poster-a3"], links);
        }

        Assert.Empty(_site.Html("about/index.html").QuerySelectorAll(".poster-links"));
        Assert.Empty(LinkCrawler.BrokenLinks(_site.Output));
    }

    [Fact]
    public void Posters_stay_out_of_the_sitemap()
    {
        Assert.DoesNotContain("posters/", _site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bulletin_of_the_build_lists_the_urgent_notice_and_the_weeks_new_items()
    {
        var bulletin = _site.Html("posters/bulletin/a3.html");
        Assert.Equal("2026年 第48期", bulletin.QuerySelector(".mast__number")!.TextContent);
        var cards = bulletin.QuerySelectorAll(".card").ToList();
        Assert.InRange(cards.Count, 2, 8);
        Assert.Contains("card--urgent", cards[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("科技活动周", cards[0].QuerySelector(".card__title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(cards, c => c.QuerySelector(".card__title")!.TextContent.Contains("科普大篷车", StringComparison.Ordinal));
        Assert.All(cards, c => Assert.NotNull(c.QuerySelector("svg.qr__code")));
        Assert.Single(bulletin.QuerySelectorAll("main.sheet"));
    }

    [Fact]
    public void Expired_and_withdrawn_notices_get_no_poster_and_no_links()
    {
        using var states = new SiteBuild(Repo.Fixture("states"));
        Assert.True(states.Report.Succeeded, string.Join("\n", states.Report.Diagnostics));
        Assert.NotNull(states.Html("notices/current/index.html").QuerySelector("template#poster-sheet"));
        Assert.NotNull(states.Html("notices/expires-today/index.html").QuerySelector("template#poster-sheet"));
        foreach (var slug in new[] { "expired", "withdrawn" })
        {
            var page = states.Html($"notices/{slug}/index.html");
            Assert.Null(page.QuerySelector("template#poster-sheet"));
            Assert.Empty(page.QuerySelectorAll(".poster-links"));
        }

        Assert.False(states.Exists("notices/scheduled/index.html"));
        Assert.False(states.Exists("notices/draft/index.html"));
    }

    [Fact]
    public void Qr_and_short_url_follow_base_url_from_the_command_line()
    {
        using var temp = new TempDir();
        var report = SiteBuilder.Build(new BuildOptions(BuildPaths.From(Repo.Fixture("states"), Repo.Path("theme"), temp.Combine("out")))
        {
            Now = SiteBuild.FixedNow,
            BaseUrl = "https://mirror.example.net/kjzc",
        });
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var page = File.ReadAllText(temp.Combine("out", "notices/current/index.html"));
        Assert.Contains("data-poster-qr=\"https://mirror.example.net/kjzc/notices/current/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_may_override_the_poster_styles()
    {
        using var mini = new MiniSite()
            .With("notices/n.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n正文。\n")
            .With("_theme/assets/poster.css", ".sheet { outline: 1px solid red; } /* 本站覆盖 </style><script>x</script> */");
        var report = mini.Build();
        report.NoErrors();
        var page = File.ReadAllText(Path.Combine(mini.Output, "notices/n/index.html"));
        Assert.Contains("template id=\"poster-sheet\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x", page, StringComparison.Ordinal);
        Assert.Contains("outline: 1px solid red", File.ReadAllText(Path.Combine(mini.Output, "assets/poster.css")), StringComparison.Ordinal);
    }

    public sealed class Sample : IDisposable
    {
        public SiteBuild Build { get; } = new(Repo.Path("input"));

        public void Dispose() => Build.Dispose();
    }
}
