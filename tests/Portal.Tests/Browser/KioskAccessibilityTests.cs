using Portal.Tests.KioskBuild;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>axe-core finds nothing on the kiosk's pages, its QR code panel and its attract loop, on both screens.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskAccessibilityTests(BrowserFixture browser, KioskSamples samples) : IClassFixture<KioskSamples>
{
    [Theory]
    [MemberData(nameof(KioskScreens.EachPageOnEachScreen), MemberType = typeof(KioskScreens))]
    public async Task Kiosk_page_has_no_axe_violations(string path, string screen)
    {
        await using var context = await KioskScreens.NewContextAsync(browser, screen);
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = SiteBuild.FixedNow.UtcDateTime });
        await page.GotoAsync(KioskScreens.Url(samples.Built(), path));

        var violations = await KioskAxe.RunAsync(page);

        Assert.True(violations.Count == 0, $"axe on {path} ({screen}):\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Open_qr_panel_has_no_axe_violations(string screen)
    {
        await using var context = await KioskScreens.NewContextAsync(browser, screen);
        var page = await context.NewPageAsync();
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Policy));
        await page.ClickAsync("button.qr-link");
        await Expect(page.Locator("dialog.qr-panel[open]")).ToBeVisibleAsync();

        var violations = await KioskAxe.RunAsync(page);

        Assert.True(violations.Count == 0, $"axe with the QR panel open ({screen}):\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Running_attract_loop_has_no_axe_violations()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = SiteBuild.FixedNow.UtcDateTime });
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Home));
        await page.Clock.RunForAsync(91_000);
        await Expect(page.Locator("[data-attract]")).ToBeVisibleAsync();

        var violations = await KioskAxe.RunAsync(page);

        Assert.True(violations.Count == 0, "axe during the attract loop:\n" + string.Join("\n", violations));
    }
}
