using Microsoft.Playwright;
using Portal.Tests.KioskBuild;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>
/// Kiosk screens from a short 800×600 all-in-one to a portrait 1080×1920 one: the on-screen keyboard is never
/// under the kiosk bar (a tap on a letter hit 首页 once the page scrolled), and the home fills the screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskShortScreenTests(BrowserFixture browser, KioskSamples samples) : IClassFixture<KioskSamples>
{
    // The home's last panel may stop this far above the bottom edge: the page's bottom padding (1.5rem of 24 px).
    private const double HomeBottomTolerance = 40;

    public static TheoryData<int, int> Screens() => new() { { 800, 600 }, { 1024, 768 }, { 1280, 800 }, { 1920, 1080 }, { 1080, 1920 } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_tap_on_the_keyboards_top_row_types_the_letter_after_the_page_scrolls(int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await OpenAsync(context, KioskScreens.Search);
        // Results make the page longer, so it scrolls on tall screens too.
        await page.Locator("[data-key=s]").ClickAsync();

        // Scroll until the top row sits at the very top of the screen, where a sticky bar would be.
        await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('.kiosk-keyboard').getBoundingClientRect().top + window.scrollY - 10)");
        var row = await page.EvaluateAsync<KeyAt[]>(
            """
            () => {
              const keys = [...document.querySelectorAll('.kiosk-key')];
              const top = keys[0].getBoundingClientRect().top;
              return keys.filter(k => Math.abs(k.getBoundingClientRect().top - top) < 1).map(k => {
                const r = k.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                const hit = document.elementFromPoint(x, y);
                return { key: k.textContent.trim(), x, y, inView: y >= 0 && y < innerHeight, hit: hit ? (hit.closest('.kiosk-key') === k ? 'key' : hit.tagName.toLowerCase() + '.' + hit.className + ' "' + hit.textContent.trim().slice(0, 10) + '"') : 'nothing' };
              });
            }
            """);

        Assert.True(row.Length >= 6, $"{width}×{height}: the keyboard's top row has {row.Length} keys");
        foreach (var key in row)
        {
            Assert.True(key.InView, $"{width}×{height}: key {key.Key} is off screen at y={key.Y}");
            Assert.True(key.Hit == "key", $"{width}×{height}: a tap on key {key.Key} at ({key.X:0}, {key.Y:0}) lands on {key.Hit}");
        }

        var first = row[0];
        await page.Touchscreen.TapAsync((float)first.X, (float)first.Y);
        Assert.Equal("s" + first.Key.ToLowerInvariant(), await page.Locator("[data-search-field]").InputValueAsync());
        Assert.EndsWith(KioskScreens.Search, page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_home_fills_the_screen_down_to_the_bottom_edge(int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await OpenAsync(context, KioskScreens.Home);

        var bottom = await page.EvaluateAsync<double>("() => document.querySelector('.kiosk-panels').getBoundingClientRect().bottom");
        var lastPanel = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.kiosk-panel')].map(p => p.getBoundingClientRect().bottom))");

        Assert.True(height - bottom <= HomeBottomTolerance, $"{width}×{height}: the home ends at y={bottom:0}, leaving {height - bottom:0} px empty");
        Assert.True(bottom - lastPanel <= 1, $"{width}×{height}: the panels end at y={lastPanel:0}, their grid at y={bottom:0}");
    }

    private Task<IBrowserContext> NewContextAsync(int width, int height) =>
        browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = true,
            DeviceScaleFactor = 1,
            Locale = "zh-CN",
        });

    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = SiteBuild.FixedNow.UtcDateTime });
        await page.GotoAsync(KioskScreens.Url(samples.Built(), path));
        await page.EvaluateAsync("() => document.fonts.ready");
        return page;
    }

    // Filled by Playwright from the page's answer, which needs a parameterless constructor and setters.
    private sealed class KeyAt
    {
        public string Key { get; set; } = "";

        public double X { get; set; }

        public double Y { get; set; }

        public bool InView { get; set; }

        public string Hit { get; set; } = "";
    }
}
