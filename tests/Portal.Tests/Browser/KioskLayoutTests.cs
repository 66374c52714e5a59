using System.Text.Json;
using Microsoft.Playwright;
using Portal.Tests.KioskBuild;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// The kiosk's 适老化 promises, measured in Chromium on a landscape (1920×1080) and a portrait
/// (1080×1920) touch screen: 60 px touch targets, 24 px text (32 px in 大字) with 1.5 line height,
/// 7:1 contrast in 大字, every section reachable without scrolling.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskLayoutTests(BrowserFixture browser, KioskSamples samples) : IClassFixture<KioskSamples>
{
    // Every control a finger can press, as rendered. Links inside running text are the one exception
    // (as in WCAG 2.5.5): they wrap with the sentence, so they cannot be 60 px tall.
    private const string SmallTargets =
        """
        () => [...document.querySelectorAll('a[href], button, input, select, [role=button]')]
          .filter(e => e.getClientRects().length > 0 && !e.closest('dialog:not([open])'))
          .filter(e => !(getComputedStyle(e).display === 'inline' && e.closest('.prose, .card__excerpt, .listing__intro')))
          .map(e => ({ e, r: e.getBoundingClientRect() }))
          .filter(x => x.r.width < 59.5 || x.r.height < 59.5)
          .map(x => `${x.e.tagName.toLowerCase()}.${x.e.className} "${x.e.textContent.trim().slice(0, 20)}" ${Math.round(x.r.width)}×${Math.round(x.r.height)}`)
        """;

    // Every rendered element with text of its own, and its font size.
    private const string SmallText =
        """
        min => [...document.querySelectorAll('body *')]
          .filter(e => e.getClientRects().length > 0 && !e.closest('dialog:not([open]), [aria-hidden=true], svg'))
          .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0))
          .map(e => ({ e, size: parseFloat(getComputedStyle(e).fontSize) }))
          .filter(x => x.size < min - 0.01)
          .map(x => `${x.e.tagName.toLowerCase()}.${x.e.className} "${x.e.textContent.trim().slice(0, 20)}" ${x.size}px`)
        """;

    private const string LineHeights =
        """
        () => [document.body, ...document.querySelectorAll('.prose p, .prose li, .card__excerpt, .listing__intro, .qr-panel__hint')]
          .filter(e => e.getClientRects().length > 0)
          .map(e => { const s = getComputedStyle(e); return { what: e.tagName.toLowerCase() + '.' + e.className, ratio: parseFloat(s.lineHeight) / parseFloat(s.fontSize) }; })
          .filter(x => !(x.ratio >= 1.5))
          .map(x => `${x.what} ${x.ratio.toFixed(2)}`)
        """;

    [Theory]
    [MemberData(nameof(KioskScreens.EachPageOnEachScreen), MemberType = typeof(KioskScreens))]
    public async Task Every_control_is_at_least_60_by_60_px(string path, string screen)
    {
        await using var context = await KioskScreens.NewContextAsync(browser, screen);
        var page = await OpenAsync(context, path);

        var small = await page.EvaluateAsync<string[]>(SmallTargets);

        Assert.True(small.Length == 0, $"{path} ({screen}): controls under 60×60 px:\n" + string.Join("\n", small));
    }

    [Theory]
    [MemberData(nameof(KioskScreens.EachPageOnEachScreen), MemberType = typeof(KioskScreens))]
    public async Task All_text_is_at_least_24_px_with_line_height_1_5(string path, string screen)
    {
        await using var context = await KioskScreens.NewContextAsync(browser, screen);
        var page = await OpenAsync(context, path);

        var body = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
        var small = await page.EvaluateAsync<string[]>(SmallText, 24);
        var tight = await page.EvaluateAsync<string[]>(LineHeights);

        Assert.True(body >= 24, $"body text is {body}px");
        Assert.True(small.Length == 0, $"{path} ({screen}): text under 24 px:\n" + string.Join("\n", small));
        Assert.True(tight.Length == 0, $"{path} ({screen}): line height under 1.5:\n" + string.Join("\n", tight));
    }

    [Theory]
    [InlineData("landscape", false)]
    [InlineData("portrait", false)]
    [InlineData("landscape", true)]
    [InlineData("portrait", true)]
    public async Task Every_section_and_search_are_on_the_first_screen(string screen, bool large)
    {
        await using var context = await KioskScreens.NewContextAsync(browser, screen);
        var page = await OpenAsync(context, KioskScreens.Home);
        if (large)
        {
            await page.ClickAsync("[data-large]");
        }

        var buttons = page.Locator(".kiosk-sections a");
        await Expect(buttons).ToHaveCountAsync(4);
        var size = KioskScreens.Size(screen);
        foreach (var button in await buttons.AllAsync())
        {
            var box = await button.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y >= 0 && box.Y + box.Height <= size.Height && box.X >= 0 && box.X + box.Width <= size.Width,
                $"{await button.TextContentAsync()} is at ({box.X}, {box.Y}) {box.Width}×{box.Height}, not inside the {size.Width}×{size.Height} screen");
        }

        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.Contains("搜索", await buttons.Last.TextContentAsync() ?? "", StringComparison.Ordinal);
        await Expect(page.Locator(".kiosk-panel--month h2")).ToBeInViewportAsync();
    }

    [Theory]
    [InlineData(KioskScreens.Home)]
    [InlineData(KioskScreens.Notice)]
    [InlineData(KioskScreens.Policy)]
    [InlineData(KioskScreens.Search)]
    public async Task Large_text_is_32_px_with_7_to_1_contrast(string path)
    {
        await using var context = await KioskScreens.NewContextAsync(browser, "portrait");
        var page = await OpenAsync(context, path);

        var toggle = page.Locator("[data-large]");
        var before = await toggle.BoundingBoxAsync();
        await toggle.ClickAsync();

        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-large"));
        Assert.True(before!.Width >= 60 && before.Height >= 60, $"the 大字 toggle is {before.Width}×{before.Height}");
        var small = await page.EvaluateAsync<string[]>(SmallText, 32);
        Assert.True(small.Length == 0, $"{path} in 大字: text under 32 px:\n" + string.Join("\n", small));
        var contrast = await KioskAxe.RunAsync(page, KioskAxe.EnhancedContrastOnly);
        Assert.True(contrast.Count == 0, $"{path} in 大字: contrast under 7:1 (axe color-contrast-enhanced):\n" + string.Join("\n", contrast));
    }

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Home_screenshot_is_saved(string screen)
    {
        var folder = Repo.Path("tests", "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"kiosk-home-{screen}.png");
        File.Delete(file);
        await using var context = await KioskScreens.NewContextAsync(browser, screen);
        var page = await OpenAsync(context, KioskScreens.Home);
        await page.EvaluateAsync("() => document.fonts.ready");

        await page.ScreenshotAsync(new() { Path = file });

        Assert.True(new FileInfo(file).Length > 20 * 1024, file + " looks blank");
    }

    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = SiteBuild.FixedNow.UtcDateTime });
        await page.GotoAsync(KioskScreens.Url(samples.Built(), path));
        await page.EvaluateAsync("() => document.fonts.ready");
        return page;
    }
}

/// <summary>axe-core injected into a kiosk page; returns one line per violation.</summary>
public static class KioskAxe
{
    public const string AllRules = "{ resultTypes: ['violations'] }";

    public const string EnhancedContrastOnly = "{ runOnly: { type: 'rule', values: ['color-contrast-enhanced'] }, resultTypes: ['violations'] }";

    private static readonly string AxeScript = Repo.Path("tests", "node_modules", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<string>> RunAsync(IPage page, string options = AllRules)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing ({AxeScript}): run tests/run.sh, or `npm install --prefix tests`.");
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, " + options + """
            )).violations.map(v => ({
              id: v.id, help: v.help,
              nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\n/g, ' '))
            }))
            """);
        return violations.EnumerateArray()
            .Select(v => $"- {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()}\n    " + string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ToList();
    }
}
