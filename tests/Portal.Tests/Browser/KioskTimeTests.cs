using Microsoft.Playwright;
using Portal.Tests.KioskBuild;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// Time is decided in the browser: one build (made on 2026-11-23) opened with the clock set to later
/// days hides expired notices, shows scheduled ones and follows the calendar for 本月农事.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskTimeTests(BrowserFixture browser, KioskSamples samples) : IClassFixture<KioskSamples>
{
    private const string Urgent = "notices/keji-huodongzhou-2026/"; // expires 2027-01-10
    private const string Scheduled = "notices/chunji-nongye-keji-xiaxiang-2027/"; // dated 2027-03-01 08:00

    [Fact]
    public async Task An_expired_notice_leaves_home_and_lists_the_day_after_it_expires()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);

        var lastDay = await OpenAtAsync(context, KioskScreens.Home, KioskScreens.Beijing(2027, 1, 10, 23, 59));
        await Expect(lastDay.Locator($".kiosk-panel--alerts [data-item='{Urgent}']")).ToBeVisibleAsync();

        var nextDay = await OpenAtAsync(context, KioskScreens.Home, KioskScreens.Beijing(2027, 1, 11, 0, 0, 30));
        await Expect(nextDay.Locator($"[data-item='{Urgent}']").First).ToBeHiddenAsync();
        await Expect(nextDay.Locator(".kiosk-panel--alerts [data-empty]")).ToBeVisibleAsync();

        var list = await OpenAtAsync(context, KioskScreens.NoticeList, KioskScreens.Beijing(2027, 1, 11, 8, 0));
        await Expect(list.Locator($"[data-item='{Urgent}']")).ToBeHiddenAsync();
        await Expect(list.Locator("[data-item]:visible").First).ToBeVisibleAsync();

        var notice = await OpenAtAsync(context, KioskScreens.Notice, KioskScreens.Beijing(2027, 1, 11, 8, 0));
        await Expect(notice.Locator("[data-expired-banner]")).ToBeVisibleAsync();
        var current = await OpenAtAsync(context, KioskScreens.Notice, KioskScreens.Beijing(2027, 1, 10, 8, 0));
        await Expect(current.Locator("[data-expired-banner]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_scheduled_notice_appears_on_its_date()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);

        var before = await OpenAtAsync(context, KioskScreens.NoticeList, KioskScreens.Beijing(2027, 3, 1, 7, 59));
        await Expect(before.Locator($"[data-item='{Scheduled}']")).ToBeHiddenAsync();

        var after = await OpenAtAsync(context, KioskScreens.NoticeList, KioskScreens.Beijing(2027, 3, 1, 8, 1));
        await Expect(after.Locator($"[data-item='{Scheduled}']")).ToBeVisibleAsync();
        var home = await OpenAtAsync(context, KioskScreens.Home, KioskScreens.Beijing(2027, 3, 1, 8, 1));
        await Expect(home.Locator($".kiosk-panel--notices [data-item='{Scheduled}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task This_months_techniques_follow_the_calendar_while_the_page_stays_open()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await OpenAtAsync(context, KioskScreens.Home, KioskScreens.Beijing(2027, 2, 28, 23, 59, 40));
        await Expect(page.Locator("[data-this-month]")).ToHaveTextAsync("2");
        var february = await VisibleMonthsAsync(page);
        Assert.NotEmpty(february);
        Assert.All(february, months => Assert.Contains("2", months));

        await page.Clock.RunForAsync(61_000); // past midnight: 1 March

        await Expect(page.Locator("[data-this-month]")).ToHaveTextAsync("3");
        await Expect(page.Locator(".kiosk-panel--month [data-item='techniques/shuidao-yuyang-jishu/']")).ToBeVisibleAsync();
        var march = await VisibleMonthsAsync(page);
        Assert.NotEmpty(march);
        Assert.All(march, months => Assert.Contains("3", months));
    }

    [Fact]
    public async Task Without_javascript_the_build_time_state_shows()
    {
        await using var context = await KioskScreens.NewContextAsync(browser, javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.NoticeList));
        await Expect(page.Locator($"[data-item='{Scheduled}']")).ToBeHiddenAsync();
        await Expect(page.Locator($"[data-item='{Urgent}']")).ToBeVisibleAsync();

        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Home));
        await Expect(page.Locator("[data-this-month]")).ToHaveTextAsync("11");
        Assert.All(await VisibleMonthsAsync(page), months => Assert.Contains("11", months));
        await Expect(page.Locator(".kiosk-sections a")).ToHaveCountAsync(4);
    }

    private async Task<IPage> OpenAtAsync(IBrowserContext context, string path, DateTime utc)
    {
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = utc });
        await page.GotoAsync(KioskScreens.Url(samples.Built(), path));
        return page;
    }

    private static async Task<IReadOnlyList<string[]>> VisibleMonthsAsync(IPage page) =>
        (await page.Locator(".kiosk-panel--month li[data-months]:visible").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.months)"))
        .Select(m => m.Split(' ')).ToList();
}
