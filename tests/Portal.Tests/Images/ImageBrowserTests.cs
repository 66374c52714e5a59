using System.Text.Json;
using Microsoft.Playwright;
using Portal.Engine;
using Portal.Tests.Browser;
using Portal.Tests.Support;

namespace Portal.Tests.Images;

/// <summary>
/// Chromium on the photo site: which file it picks from srcset on a phone and on a wide screen, and that
/// nothing moves while the photos load (the box is sized before the file arrives; CLS stays 0).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImageBrowserTests(BrowserFixture browser) : IDisposable
{
    private static readonly ViewportSize Wide = new() { Width = 1920, Height = 1080 };

    // Sums layout shifts from the first paint on, as Lighthouse's CLS does (shifts right after input excluded).
    private const string ShiftObserver = """
        window.__shift = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) window.__shift += e.value; } })
          .observe({ type: 'layout-shift', buffered: true });
        """;

    private readonly PhotoSite _site = Built();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(390, 844, 480)]
    [InlineData(1920, 1080, 960)]
    public async Task The_browser_picks_the_width_for_its_screen_and_nothing_shifts(int width, int height, int expected)
    {
        await using var context = await browser.NewContextAsync(new ViewportSize { Width = width, Height = height });
        await context.AddInitScriptAsync(ShiftObserver);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_site.Path(PhotoSite.Page)).AbsoluteUri);

        // Before its file arrives an image's box comes from width/height and the CSS alone: a copy of the body
        // photo with no file to load (Chromium fetches lazy images well ahead of the screen, so the real one
        // may have arrived already) must have the photo's shape at the column's width.
        var waiting = await page.EvaluateAsync<JsonElement>(
            """
            () => { const img = document.querySelector(".prose img[alt='稻田里的秧苗']");
                    const copy = img.cloneNode(); copy.removeAttribute('src'); copy.removeAttribute('srcset'); copy.alt = '';
                    img.parentElement.parentElement.appendChild(copy);
                    const r = copy.getBoundingClientRect(); copy.remove();
                    return { width: r.width, height: r.height, top: img.getBoundingClientRect().top, lazy: img.loading }; }
            """);
        var boxWidth = waiting.GetProperty("width").GetDouble();
        Assert.True(boxWidth > 100, $"box width {boxWidth}");
        Assert.Equal(boxWidth * 2133 / 1600, waiting.GetProperty("height").GetDouble(), 1.0);
        Assert.Equal("lazy", waiting.GetProperty("lazy").GetString());
        Assert.True(waiting.GetProperty("top").GetDouble() > height, "the body photo should start below the first screen");

        var cover = page.Locator(".doc__cover img");
        await cover.EvaluateAsync("img => img.decode()");
        Assert.Matches($@"/photo\.[0-9a-f]{{10}}-{expected}\.webp$", await cover.EvaluateAsync<string>("img => img.currentSrc"));

        var body = page.Locator(".prose img[alt='稻田里的秧苗']");
        await body.ScrollIntoViewIfNeededAsync();
        await body.EvaluateAsync("img => img.decode()");
        Assert.Matches($@"/photo\.[0-9a-f]{{10}}-{expected}\.webp$", await body.EvaluateAsync<string>("img => img.currentSrc"));
        var logo = page.Locator("img[alt='合作社标志']");
        await logo.ScrollIntoViewIfNeededAsync();
        await logo.EvaluateAsync("img => img.decode()");

        // Let the browser report any shift of the last frame before reading the sum.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Assert.Equal(0.0, await page.EvaluateAsync<double>("() => window.__shift"));
    }

    private static PhotoSite Built()
    {
        var site = new PhotoSite();
        SiteEngine.ForOneBuild(site.Options()).Build().NoErrors();
        return site;
    }
}
