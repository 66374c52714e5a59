using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// What the readers (many older, many on cheap phones) need from every page: no sideways scrolling,
/// large well-spaced text in a real Chinese font, a working skip link, and the right language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>The families of the theme's --font-sans stack that carry Chinese glyphs.</summary>
    private static readonly string[] CjkFonts = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei"];

    public static TheoryData<string> PagesOfEachKind() => [.. SamplePages.OfEachKind];

    [Theory]
    [MemberData(nameof(PagesOfEachKind))]
    public async Task Page_does_not_scroll_sideways_on_a_phone(string path)
    {
        var page = await OpenAsync(path, BrowserFixture.Phone);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        // A mobile browser zooms out to fit wide content, which widens innerWidth with it; measure
        // against the phone's own width too.
        innerWidth = Math.Min(innerWidth, BrowserFixture.Phone.Width);
        var widest = await page.EvaluateAsync<string>(
            """
            width => [...document.querySelectorAll('body *')]
              .filter(e => !e.parentElement.closest('.table-scroll') && e.getBoundingClientRect().right > width + 0.5)
              .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
              .join(', ')
            """,
            BrowserFixture.Phone.Width);
        Assert.True(scrollWidth <= innerWidth, $"{path}: document is {scrollWidth}px wide in a {innerWidth}px viewport; overflowing: {widest}");
    }

    [Fact]
    public async Task Notice_body_text_is_large_with_generous_line_spacing()
    {
        var page = await OpenAsync(SamplePages.Notice, BrowserFixture.Phone);

        var style = await page.EvaluateAsync<JsonElement>("() => { const s = getComputedStyle(document.body); return { fontSize: s.fontSize, lineHeight: s.lineHeight }; }");
        var fontSize = Pixels(style.GetProperty("fontSize").GetString());
        var lineHeight = Pixels(style.GetProperty("lineHeight").GetString());
        Assert.True(fontSize >= 18, $"body font-size is {fontSize}px; at least 18px is needed for older readers.");
        Assert.True(lineHeight >= 1.5 * fontSize, $"body line-height is {lineHeight}px for {fontSize}px text; at least 1.5 × is needed.");
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_visible_when_focused()
    {
        var page = await OpenAsync(SamplePages.Notice, BrowserFixture.Phone);
        var skip = page.Locator("a.skip-link");
        var hidden = await skip.BoundingBoxAsync();
        Assert.True(hidden is null || hidden.Y + hidden.Height <= 0, "The skip link should be off-screen until focused.");

        await page.Keyboard.PressAsync("Tab");

        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToHaveAttributeAsync("href", "#main");
        var box = await skip.BoundingBoxAsync();
        Assert.NotNull(box);
        var viewport = page.ViewportSize!;
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height,
            $"The focused skip link is at ({box.X}, {box.Y}) size {box.Width}×{box.Height}, outside the {viewport.Width}×{viewport.Height} viewport.");
    }

    [Fact]
    public async Task Document_language_is_simplified_chinese()
    {
        var page = await OpenAsync(SamplePages.Notice, BrowserFixture.Phone);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
    }

    [Fact]
    public async Task Chinese_headings_render_with_a_cjk_font_of_the_theme()
    {
        var page = await OpenAsync(SamplePages.Notice, BrowserFixture.Desktop);

        // Chromium reports which installed fonts drew a node's glyphs; a missing CJK font would show up
        // here as a fallback family (and as empty boxes in the screenshots).
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var h1 = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = "h1" });
        var text = await cdp.SendAsync("DOM.describeNode", new Dictionary<string, object> { ["nodeId"] = h1!.Value.GetProperty("nodeId").GetInt32(), ["depth"] = 1 });
        var textNode = text!.Value.GetProperty("node").GetProperty("children")[0].GetProperty("backendNodeId").GetInt32();
        var pushed = await cdp.SendAsync("DOM.pushNodesByBackendIdsToFrontend", new Dictionary<string, object> { ["backendNodeIds"] = new[] { textNode } });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = pushed!.Value.GetProperty("nodeIds")[0].GetInt32() });

        var used = fonts!.Value.GetProperty("fonts").EnumerateArray().Select(f => $"{f.GetProperty("familyName").GetString()} ({f.GetProperty("glyphCount").GetDouble()} glyphs)").ToList();
        Assert.NotEmpty(used);
        Assert.True(used.All(f => CjkFonts.Any(c => f.StartsWith(c, StringComparison.Ordinal))),
            "The notice title is drawn with: " + string.Join(", ", used) + $". Expected only fonts of the theme stack ({string.Join(", ", CjkFonts)}); install fonts-noto-cjk (tests/run.sh does).");
    }

    private async Task<IPage> OpenAsync(string path, ViewportSize viewport)
    {
        var context = await browser.NewContextAsync(viewport);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.FileUrl(path));
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    private static double Pixels(string? css)
    {
        Assert.True(css is not null && css.EndsWith("px", StringComparison.Ordinal), $"Expected a length in px, got '{css}'.");
        return double.Parse(css[..^2], CultureInfo.InvariantCulture);
    }
}
