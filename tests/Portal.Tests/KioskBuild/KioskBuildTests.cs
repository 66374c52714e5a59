using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.KioskBuild;

/// <summary>The sample site built for the 华塘镇 kiosk, read back from disk with AngleSharp.</summary>
public sealed class KioskBuildTests(KioskSamples samples) : IClassFixture<KioskSamples>
{
    private const string Scheduled = "notices/chunji-nongye-keji-xiaxiang-2027/";
    private const string ForYizhangRucheng = "notices/kepu-dapengche-xunzhan-yizhang-rucheng/";
    private const string ForLiangtian = "notices/shucai-lvse-fangkong-guanmohui/";

    [Fact]
    public void Kiosk_json_names_the_build_the_profile_and_the_counts()
    {
        var kiosk = samples.Built();

        using var json = JsonDocument.Parse(kiosk.Read("kiosk.json"));
        var root = json.RootElement;
        Assert.Matches("^[0-9a-f]{12}$", root.GetProperty("buildId").GetString());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("buildTime").GetString(), out var built), "buildTime is not a date: " + root.GetProperty("buildTime"));
        Assert.True(Math.Abs((DateTimeOffset.Now - built).TotalMinutes) < 10, $"buildTime {built} is not the time of the build");
        var profile = root.GetProperty("profile");
        Assert.Equal("huatang", profile.GetProperty("id").GetString());
        Assert.Equal("华塘镇科技之窗", profile.GetProperty("name").GetString());
        Assert.Equal("北湖区/华塘镇", profile.GetProperty("region").GetString());
        Assert.Equal(90, profile.GetProperty("idleSeconds").GetInt32());
        Assert.Equal(8, profile.GetProperty("attractSeconds").GetInt32());

        // On 2026-11-23: the 2013 notice has expired, the 2027 one is scheduled; the two notices for
        // other regions are not in this kiosk at all, so nothing else is counted.
        var counts = root.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("expired").GetInt32());
        Assert.Equal(1, counts.GetProperty("scheduled").GetInt32());
        var pages = kiosk.Files().Count(f => Regex.IsMatch(f, "^(notices|techniques|policies)/[a-z0-9-]+/index.html$") || f == "about/index.html");
        Assert.Equal(pages, counts.GetProperty("active").GetInt32() + 2);
    }

    [Fact]
    public void Content_targeted_at_other_regions_is_left_out()
    {
        var kiosk = samples.Built();

        Assert.False(kiosk.Exists(ForYizhangRucheng + "index.html"), "a notice for 宜章县 and 汝城县 is on the 华塘镇 kiosk");
        Assert.False(kiosk.Exists(ForLiangtian + "index.html"), "a notice for 苏仙区/良田镇 is on the 华塘镇 kiosk");
        Assert.True(kiosk.Exists("notices/keji-huodongzhou-2026/index.html"), "a notice for everywhere is missing");
        Assert.DoesNotContain(kiosk.Html("notices/index.html").QuerySelectorAll(".card a"), a => a.GetAttribute("href")!.Contains("dapengche", StringComparison.Ordinal));

        using var reshui = new KioskSiteBuild(Repo.Path("input"), "reshui");
        reshui.Report.NoErrors();
        Assert.True(reshui.Exists(ForYizhangRucheng + "index.html"), "the 汝城县 notice is missing on the 热水镇 kiosk (汝城县/热水镇)");
        Assert.False(reshui.Exists(ForLiangtian + "index.html"));
    }

    [Fact]
    public void Scheduled_items_are_in_the_build_but_hidden_until_the_browser_says_so()
    {
        var kiosk = samples.Built();

        Assert.True(kiosk.Exists(Scheduled + "index.html"), "the scheduled notice has no page in the kiosk build");
        var card = kiosk.Html("notices/index.html").QuerySelector($"li[data-item='{Scheduled}']");
        Assert.NotNull(card);
        Assert.True(card.HasAttribute("hidden"), "the scheduled notice is visible without JavaScript");
        var home = kiosk.Html("index.html");
        Assert.All(home.QuerySelectorAll("[data-item]").Where(e => e.GetAttribute("data-item") == Scheduled), e => Assert.True(e.HasAttribute("hidden")));

        var data = kiosk.Read("assets/kiosk-data.js");
        Assert.Contains($"\"{Scheduled}\":[{new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds()},{new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds()},[]]", data);

        // The web site of the same day still has no page for it.
        using var web = new SiteBuild(Repo.Path("input"));
        Assert.False(web.Exists(Scheduled + "index.html"));
    }

    [Fact]
    public void Home_shows_this_months_techniques_without_javascript_and_carries_the_others()
    {
        var home = samples.Built().Html("index.html");

        var techniques = home.QuerySelectorAll("[data-by-month] > li[data-months]").ToList();
        Assert.Contains(techniques, t => t.GetAttribute("data-months")!.Split(' ').Contains("3")); // for March, hidden in November
        var visible = techniques.Where(t => !t.HasAttribute("hidden")).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, t => Assert.Contains("11", t.GetAttribute("data-months")!.Split(' ')));
        Assert.All(techniques.Where(t => !t.GetAttribute("data-months")!.Split(' ').Contains("11")), t => Assert.True(t.HasAttribute("hidden")));
        Assert.Equal("11", home.QuerySelector("[data-this-month]")!.TextContent);
    }

    [Fact]
    public void No_link_leads_out_of_the_kiosk_or_downloads_a_file()
    {
        var kiosk = samples.Built();
        var problems = new List<string>();
        foreach (var page in kiosk.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = kiosk.Html(page);
            foreach (var a in html.QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                if (href.StartsWith('#'))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(kiosk.Output, page))!, Uri.UnescapeDataString(href.Split('#')[0])));
                if (href.Contains(':', StringComparison.Ordinal) || !target.EndsWith(".html", StringComparison.Ordinal) || !File.Exists(target) || a.HasAttribute("download"))
                {
                    problems.Add($"{page}: <a href=\"{href}\">{a.TextContent.Trim()}</a>");
                }
            }
        }

        Assert.True(problems.Count == 0, "links that leave the kiosk, download or lead nowhere:\n" + string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void An_external_original_becomes_a_qr_panel_with_the_address_below()
    {
        var page = samples.Built().Html("policies/quanmin-kexue-suzhi-gangyao-jiedu/index.html");
        const string url = "https://www.gov.cn/gongbao/content/2006/content_000007.htm";

        var button = page.QuerySelector("button.qr-link");
        Assert.NotNull(button);
        var panel = page.GetElementById(button.GetAttribute("data-qr")!);
        Assert.NotNull(panel);
        Assert.Equal("dialog", panel.LocalName);
        Assert.Equal(url, panel.GetAttribute("data-url"));
        Assert.Equal(url, panel.QuerySelector(".qr-panel__url")!.TextContent);
        var svg = panel.QuerySelector(".qr-panel__code svg");
        Assert.NotNull(svg);
        Assert.NotNull(svg.GetAttribute("viewBox"));
        Assert.True(svg.QuerySelector("path")?.GetAttribute("d")?.Length > 500, "the QR code SVG draws no modules");
        Assert.NotNull(panel.Closest("main"));
    }

    [Fact]
    public void An_attachment_becomes_a_qr_code_of_its_web_address()
    {
        var page = samples.Built().Html("notices/tepaiyuan-fuwu-xiangmu-shenbao-2026/index.html");

        var button = page.QuerySelector(".attachments button.qr-link--file");
        Assert.NotNull(button);
        Assert.Null(page.QuerySelector(".attachments a"));
        var panel = page.GetElementById(button.GetAttribute("data-qr")!)!;
        Assert.Equal("https://kjzc.example.org/notices/tepaiyuan-fuwu-xiangmu-shenbao-2026/shenbao-zhinan.pdf", panel.GetAttribute("data-url"));
        Assert.Contains("下载", panel.QuerySelector(".qr-panel__title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Phone_numbers_stay_as_text()
    {
        var kiosk = samples.Built();
        var technique = kiosk.Html("techniques/shuidao-yuyang-jishu/index.html");

        Assert.Empty(technique.QuerySelectorAll("a[href^='tel:']"));
        Assert.Contains(technique.QuerySelectorAll(".expert__phone .kiosk-unlinked"), s => Regex.IsMatch(s.TextContent, @"\d{3,}"));
    }

    [Fact]
    public void Kiosk_pages_use_the_kiosk_theme_and_the_web_site_does_not()
    {
        var kiosk = samples.Built();
        var home = kiosk.Html("index.html");
        Assert.NotNull(home.QuerySelector("link[href='assets/kiosk.css']"));
        Assert.NotNull(home.QuerySelector("script[src='assets/kiosk-data.js']"));
        Assert.NotNull(home.QuerySelector("[data-attract]"));
        Assert.Equal(4, home.QuerySelectorAll(".kiosk-sections a").Length);
        Assert.True(kiosk.Exists("assets/kiosk.js") && kiosk.Exists("assets/kiosk-data.js") && kiosk.Exists("search/index.html"));

        using var web = new SiteBuild(Repo.Path("input"));
        web.Report.NoErrors();
        Assert.False(web.Exists("kiosk.json") || web.Exists("assets/kiosk.js") || web.Exists("assets/kiosk.css") || web.Exists("assets/kiosk-data.js"));
        var webHome = web.Html("index.html");
        Assert.Null(webHome.QuerySelector("[data-item], [data-attract], .kiosk-bar"));
        Assert.Null(webHome.QuerySelector("link[href*='kiosk']"));
    }

    [Fact]
    public void The_search_page_drops_a_search_script_the_build_does_not_have()
    {
        var kiosk = samples.Built();
        var search = kiosk.Html("search/index.html");

        Assert.Equal(26, search.QuerySelectorAll("[data-key]").Length);
        var scripts = search.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.All(scripts, src => Assert.True(kiosk.Exists(Path.GetRelativePath(".", Path.Combine("search", src))), "script without its file: " + src));
        Assert.Equal(kiosk.Exists("assets/search.js"), scripts.Contains("../assets/search.js"));
    }

    [Fact]
    public void The_build_id_follows_the_content()
    {
        using var again = new KioskSiteBuild(Repo.Path("input"), "huatang");
        using var later = new KioskSiteBuild(Repo.Path("input"), "huatang", SiteBuild.FixedNow.AddMonths(4));

        string Id(KioskSiteBuild b) => JsonDocument.Parse(b.Read("kiosk.json")).RootElement.GetProperty("buildId").GetString()!;
        Assert.Equal(Id(samples.Built()), Id(again));
        Assert.NotEqual(Id(samples.Built()), Id(later)); // the scheduled notice is current by then
    }

    [Fact]
    public void An_unknown_kiosk_is_an_error_and_nothing_is_written()
    {
        using var build = new KioskSiteBuild(Repo.Path("input"), "nowhere");

        var error = build.Report.Single(DiagnosticCodes.SiteConfig);
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
        Assert.Contains("huatang", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(build.Output));
    }
}
