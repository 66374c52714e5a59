using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Posters;

/// <summary>The build writes an A4 and an A3 poster for every current notice, technique and policy, and links them.</summary>
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
    public void Every_current_document_has_one_poster_page_for_a4_and_a3_with_its_title_and_qr()
    {
        var documents = CurrentDocuments(_site).ToList();
        Assert.True(documents.Count >= 12, string.Join(", ", documents));
        foreach (var doc in documents)
        {
            var title = _site.Html(doc + "/index.html").QuerySelector("h1")!.TextContent;
            var poster = _site.Html($"posters/{doc}/a4.html");
            Assert.Equal(title, poster.QuerySelector("h1.title")!.TextContent);
            // A4 is active; A3 waits for #a3 in the URL (poster.js turns its media on).
            var a4 = poster.QuerySelector("head style[data-paper=a4]")!;
            Assert.Contains("size: A4 portrait", a4.TextContent, StringComparison.Ordinal);
            Assert.False(a4.HasAttribute("media"));
            var a3 = poster.QuerySelector("head style[data-paper=a3]")!;
            Assert.Contains("size: A3 portrait", a3.TextContent, StringComparison.Ordinal);
            Assert.Equal("not all", a3.GetAttribute("media"));
            Assert.NotNull(poster.QuerySelector(".foot__qr svg.qr__code"));
            Assert.Equal("kjzc.example.org/" + doc + "/", poster.QuerySelector(".foot__url")!.TextContent);
            Assert.Equal("noindex", poster.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        }
    }

    [Fact]
    public void The_a3_address_of_every_poster_sends_to_the_poster_page_at_a3()
    {
        foreach (var doc in CurrentDocuments(_site))
        {
            var alias = _site.Html($"posters/{doc}/a3.html");
            Assert.Equal("0; url=a4.html#a3", alias.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("a4.html#a3", Assert.Single(alias.QuerySelectorAll("a[href]")).GetAttribute("href"));
            Assert.Equal("noindex", alias.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Contains("（A3 打印海报）", alias.Title, StringComparison.Ordinal);
            Assert.Empty(alias.QuerySelectorAll("script, link[rel=stylesheet], svg"));
        }
    }

    [Fact]
    public void Posters_share_the_one_poster_stylesheet_and_script_and_load_nothing_else()
    {
        string Resolve(string file, string href) =>
            Path.GetRelativePath(_site.Output, Path.GetFullPath(Path.Combine(_site.Output, Path.GetDirectoryName(file)!, href))).Replace('\\', '/');

        foreach (var file in _site.Files().Where(f => f.StartsWith("posters/", StringComparison.Ordinal)))
        {
            var page = _site.Html(file);
            if (page.QuerySelector("meta[http-equiv=refresh]") is not null)
            {
                continue; // an A3 alias, checked above
            }

            // One stylesheet per paper size on a poster page (the bulletin has one page per size, one each).
            Assert.Empty(page.QuerySelectorAll("img[src], a[href], style:not([data-paper]):not(:first-of-type)"));
            Assert.Equal("assets/poster.css", Resolve(file, Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]")).GetAttribute("href")!));
            var scripts = page.QuerySelectorAll("script").ToList();
            Assert.All(scripts, s => Assert.Equal("assets/poster.js", Resolve(file, s.GetAttribute("src") ?? "inline script")));
            Assert.Equal(file.Contains("/bulletin/", StringComparison.Ordinal) ? 0 : 1, scripts.Count);
        }

        Assert.Contains("data-poster-body", File.ReadAllText(Path.Combine(_site.Output, "assets/poster.js")), StringComparison.Ordinal);

        Assert.Contains("print-color-adjust: exact", File.ReadAllText(Path.Combine(_site.Output, "assets/poster.css")), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_pages_link_to_their_posters_and_the_links_resolve()
    {
        foreach (var doc in CurrentDocuments(_site))
        {
            var links = _site.Html(doc + "/index.html").QuerySelectorAll(".poster-links a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([$"../../posters/{doc}/a4.html", $"../../posters/{doc}/a3.html"], links);
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
        Assert.True(states.Exists("posters/notices/current/a4.html"));
        Assert.True(states.Exists("posters/notices/expires-today/a3.html"));
        foreach (var slug in new[] { "expired", "withdrawn", "scheduled", "draft" })
        {
            Assert.False(states.Exists($"posters/notices/{slug}/a4.html"), slug);
        }

        Assert.Empty(states.Html("notices/expired/index.html").QuerySelectorAll(".poster-links"));
        Assert.Empty(states.Html("notices/withdrawn/index.html").QuerySelectorAll(".poster-links"));
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
        var poster = File.ReadAllText(temp.Combine("out", "posters/notices/current/a4.html"));
        Assert.Contains(Portal.Posters.QrSvg.For("https://mirror.example.net/kjzc/notices/current/"), poster, StringComparison.Ordinal);
        Assert.Contains("mirror.example.net/kjzc/notices/current/", poster, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_may_override_the_poster_styles()
    {
        using var mini = new MiniSite()
            .With("notices/n.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n正文。\n")
            .With("_theme/assets/poster.css", ".sheet { outline: 1px solid red; } /* 本站覆盖 </style><script>x</script> */");
        var report = mini.Build();
        report.NoErrors();
        var poster = File.ReadAllText(Path.Combine(mini.Output, "posters/notices/n/a4.html"));
        Assert.Contains("href=\"../../../assets/poster.css\"", poster, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x", poster, StringComparison.Ordinal);
        Assert.Contains("outline: 1px solid red", File.ReadAllText(Path.Combine(mini.Output, "assets/poster.css")), StringComparison.Ordinal);
    }

    public sealed class Sample : IDisposable
    {
        public SiteBuild Build { get; } = new(Repo.Path("input"));

        public void Dispose() => Build.Dispose();
    }
}
