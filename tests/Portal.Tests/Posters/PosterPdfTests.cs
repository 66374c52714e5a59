using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Cli.Pdf;
using Portal.Tests.Browser;
using Portal.Tests.Support;

namespace Portal.Tests.Posters;

/// <summary>
/// Sample posters printed to PDF by the system Chromium, exactly as <c>portal poster</c> does, then checked
/// with poppler and zbar: one page of the right size, Chinese text with embedded fonts, the title,
/// nothing drawn in the margins, and a QR code that decodes to the page's URL. A few representative
/// posters only: each PDF takes a second or two.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PosterPdfTests(BrowserFixture fixture)
{
    private const double PointsPerMm = 72 / 25.4;

    private const int Dpi = 150;

    public static TheoryData<string, string, string, string> Samples => new()
    {
        { "notices/keji-huodongzhou-2026/index.html", "#poster-a4", "A4", "关于做好2026年全市科技活动周冬季集中服务工作的紧急通知" },
        { "notices/keji-huodongzhou-2026/index.html", "#poster-a3", "A3", "关于做好2026年全市科技活动周冬季集中服务工作的紧急通知" },
        { "techniques/danji-dongji-siyang-guanli/index.html", "#poster-a3", "A3", "蛋鸡冬季饲养管理要点" },
        { "techniques/danji-dongji-siyang-guanli/index.html", "#poster-a4", "A4", "蛋鸡冬季饲养管理要点" },
        { "policies/quanmin-kexue-suzhi-gangyao-jiedu/index.html", "#poster-a4", "A4", "全民科学素质行动计划纲要：和农村群众有什么关系" },
    };

    /// <summary>A document's page is its poster: the URL's fragment picks the paper, and both sizes print whole.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_poster_prints_on_one_page_with_title_fonts_margins_and_qr(string page, string fragment, string size, string title)
    {
        using var temp = new TempDir();
        var pdf = temp.Combine("poster.pdf");
        await PdfRenderer.RenderAsync(fixture.Browser, Path.Combine(fixture.BuiltSite().Output, page), pdf, fragment);

        var paper = CheckPage(pdf, size);
        CheckFontsEmbedded(pdf);
        var text = Squeeze(Tools.Run("pdftotext", "-enc", "UTF-8", pdf, "-"));
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains("扫码阅读全文", text, StringComparison.Ordinal);
        var url = "https://kjzc.example.org/" + page[..page.LastIndexOf('/')] + "/";
        Assert.Contains(url["https://".Length..], text, StringComparison.Ordinal); // the short URL under the code
        var image = Render(pdf, temp);
        CheckMargins(image, paper);
        Assert.Equal([url], Tools.DecodeQr(temp.Combine("page.pgm")));
        var qrWidthMm = await QrSymbolWidthMm(Path.Combine(fixture.BuiltSite().Output, page), fragment);
        Assert.True(qrWidthMm >= (size == "A3" ? 50 : 35), $"QR code is {qrWidthMm:0.0} mm wide");
    }

    [Fact]
    public async Task The_page_link_shows_the_a3_poster_in_place_and_back_brings_the_page_again()
    {
        // What a village secretary does: open the notice, click 打印海报 A3, print; then go back to reading.
        using var temp = new TempDir();
        var pdf = temp.Combine("a3.pdf");
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.FileUrl("techniques/danji-dongji-siyang-guanli/index.html"));
        var pageTitle = await page.TitleAsync();
        await page.ClickAsync(".poster-links a[href='#poster-a3']");
        await page.WaitForSelectorAsync("html[data-poster=a3]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        Assert.Contains("（A3 ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("main.sheet h1.title"));
        Assert.False(await page.IsVisibleAsync(".poster-links"));
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('link[rel=stylesheet]')].filter(l => !l.disabled && l.media !== 'not all').every(l => l.href.endsWith('/assets/poster.css'))"));
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Screen });

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !document.documentElement.hasAttribute('data-poster')");
        Assert.Equal(pageTitle, await page.TitleAsync());
        Assert.True(await page.IsVisibleAsync(".poster-links"));
        Assert.False(await page.IsVisibleAsync("main.sheet"));
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('link[rel=stylesheet]')].some(l => !l.disabled && l.href.endsWith('/assets/site.css'))"));
        await page.CloseAsync();

        var paper = CheckPage(pdf, "A3");
        Assert.Contains("蛋鸡冬季饲养管理要点", Squeeze(Tools.Run("pdftotext", "-enc", "UTF-8", pdf, "-")), StringComparison.Ordinal);
        CheckMargins(Render(pdf, temp), paper);
        Assert.Equal(["https://kjzc.example.org/techniques/danji-dongji-siyang-guanli/"], Tools.DecodeQr(temp.Combine("page.pgm")));
    }

    [Fact]
    public async Task Bulletin_prints_on_one_a3_page_with_a_qr_code_per_item()
    {
        using var temp = new TempDir();
        var pdf = temp.Combine("bulletin.pdf");
        var html = Path.Combine(fixture.BuiltSite().Output, "posters/bulletin/a3.html");
        await PdfRenderer.RenderAsync(fixture.Browser, html, pdf);

        var paper = CheckPage(pdf, "A3");
        CheckFontsEmbedded(pdf);
        var text = Squeeze(Tools.Run("pdftotext", "-enc", "UTF-8", pdf, "-"));
        Assert.Contains("科技之窗", text, StringComparison.Ordinal);
        Assert.Contains("第48期", text, StringComparison.Ordinal);
        Assert.Contains("科普大篷车", text, StringComparison.Ordinal);
        CheckMargins(Render(pdf, temp), paper);
        var cards = fixture.BuiltSite().Html("posters/bulletin/a3.html").QuerySelectorAll(".card").Length;
        var decoded = Tools.DecodeQr(temp.Combine("page.pgm"));
        Assert.Equal(cards, decoded.Distinct().Count());
        Assert.Contains("https://kjzc.example.org/notices/keji-huodongzhou-2026/", decoded);
        Assert.All(decoded, u => Assert.Matches("^https://kjzc\\.example\\.org/(notices|techniques|policies)/[a-z0-9-]+/$", u));
    }

    [Fact]
    public async Task Very_long_title_and_body_still_print_on_one_page_cut_cleanly()
    {
        var title = "关于" + string.Concat(Enumerable.Repeat("进一步做好农村科技服务和科普宣传", 6)) + "工作的通知";
        var body = string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"## 第{i}部分\n\n{string.Concat(Enumerable.Repeat("各乡镇要组织科技特派员深入田间地头，现场指导群众解决生产中的实际问题。", 4))}\n\n1. 第一项要求说明。\n2. 第二项要求说明。\n\n| 项目 | 时间 |\n|---|---|\n| 培训 | 12月 |\n| 巡展 | 1月 |\n\n"));
        using var mini = new MiniSite().With("notices/long.md", $"---\ntitle: {title}\ndate: 2026-01-01\ndoc_no: 测科发〔2026〕1号\n---\n{body}");
        mini.Build().NoErrors();
        var html = Path.Combine(mini.Output, "notices/long/index.html");
        Assert.Contains("title--xs", File.ReadAllText(html), StringComparison.Ordinal);

        using var temp = new TempDir();
        var pdf = temp.Combine("long.pdf");
        await PdfRenderer.RenderAsync(fixture.Browser, html, pdf, "#poster-a4");
        var paper = CheckPage(pdf, "A4");
        var text = Squeeze(Tools.Run("pdftotext", "-enc", "UTF-8", pdf, "-"));
        Assert.Contains("篇幅所限，未完内容请扫码阅读全文", text, StringComparison.Ordinal);
        Assert.Contains("第1部分", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第30部分", text, StringComparison.Ordinal);
        CheckMargins(Render(pdf, temp), paper);
        Assert.Equal(["https://mini.example.org/notices/long/"], Tools.DecodeQr(temp.Combine("page.pgm")));
    }

    [Fact]
    public async Task Chinese_text_is_drawn_with_a_cjk_font_not_boxes()
    {
        // pdftotext reads the text layer, which is Chinese even when glyphs are missing boxes; the browser
        // says which installed font actually drew the title's characters.
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.FileUrl("notices/keji-huodongzhou-2026/index.html") + "#poster-a4");
        await page.WaitForSelectorAsync("html[data-poster=a4]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var title = await cdp.SendAsync("DOM.querySelector", new() { ["nodeId"] = root, ["selector"] = "h1.title" });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = title!.Value.GetProperty("nodeId").GetInt32() });
        var used = fonts!.Value.GetProperty("fonts").EnumerateArray().Select(f => (Name: f.GetProperty("familyName").GetString()!, Glyphs: f.GetProperty("glyphCount").GetInt32())).ToList();
        await context.CloseAsync();
        var cjk = used.Where(f => CjkFont().IsMatch(f.Name)).Sum(f => f.Glyphs);
        Assert.True(cjk >= 20, "fonts used for the title: " + string.Join(", ", used));
    }

    /// <summary>One page, of the paper's size within 1 mm; returns the page size in points.</summary>
    private static (double Width, double Height) CheckPage(string pdf, string size)
    {
        var info = Tools.Run("pdfinfo", pdf);
        Assert.Matches("(?m)^Pages:\\s+1$", info);
        var match = Regex.Match(info, "Page size:\\s+([\\d.]+) x ([\\d.]+) pts");
        Assert.True(match.Success, info);
        var width = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var height = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var (mmW, mmH) = size == "A3" ? (297.0, 420.0) : (210.0, 297.0);
        Assert.InRange(width / PointsPerMm, mmW - 1, mmW + 1);
        Assert.InRange(height / PointsPerMm, mmH - 1, mmH + 1);
        return (width, height);
    }

    private static void CheckFontsEmbedded(string pdf)
    {
        var rows = Tools.Run("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        // Columns: name, type (one or two words), encoding, emb, sub, uni, object id, generation.
        Assert.All(rows, row => Assert.Matches("\\s(yes)\\s+(yes|no)\\s+(yes)\\s+\\d+\\s+\\d+\\s*$", row));
    }

    private static GrayImage Render(string pdf, TempDir temp)
    {
        Tools.Run("pdftoppm", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", pdf, temp.Combine("page"));
        return GrayImage.Read(temp.Combine("page.pgm"));
    }

    /// <summary>The margins (15 mm on A4, 21.2 mm on A3, less 1 mm for rounding) are blank; the area inside is not.</summary>
    private static void CheckMargins(GrayImage image, (double Width, double Height) paper)
    {
        var marginMm = paper.Width / PointsPerMm > 250 ? 21.2 : 15;
        var band = (int)((marginMm - 1) / 25.4 * Dpi);
        Assert.Equal(0, image.InkIn(0, 0, image.Width, band));
        Assert.Equal(0, image.InkIn(0, image.Height - band, image.Width, image.Height));
        Assert.Equal(0, image.InkIn(0, 0, band, image.Height));
        Assert.Equal(0, image.InkIn(image.Width - band, 0, image.Width, image.Height));
        Assert.True(image.InkIn(band, band, image.Width - band, image.Height - band) > image.Width * 20, "the page is almost empty");
    }

    /// <summary>
    /// The printed width of the QR symbol without its quiet zone, in mm: the SVG's box in CSS pixels
    /// (96 to the inch, and the PDF is printed at 100 %) times the share of the modules inside the zone.
    /// </summary>
    private async Task<double> QrSymbolWidthMm(string html, string fragment)
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await page.GotoAsync(new Uri(html).AbsoluteUri + fragment);
        await page.WaitForSelectorAsync("html[data-poster]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        var width = await page.EvaluateAsync<double>(
            "() => { const svg = document.querySelector('.foot__qr svg'); const n = svg.viewBox.baseVal.width; return svg.getBoundingClientRect().width * (n - 8) / n * 25.4 / 96; }");
        await page.CloseAsync();
        return width;
    }

    private static string Squeeze(string text) => Regex.Replace(text, "\\s+", "");

    [GeneratedRegex("CJK|Source Han|WenQuanYi|YaHei|PingFang|Hiragino|Droid Sans Fallback", RegexOptions.IgnoreCase)]
    private static partial Regex CjkFont();
}
