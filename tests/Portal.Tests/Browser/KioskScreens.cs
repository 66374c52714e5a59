using Microsoft.Playwright;
using Portal.Tests.KioskBuild;

namespace Portal.Tests.Browser;

/// <summary>Kiosk screens (a landscape and a portrait touch screen) and pages of the 华塘镇 kiosk build.</summary>
public static class KioskScreens
{
    public static readonly ViewportSize Landscape = new() { Width = 1920, Height = 1080 };

    public static readonly ViewportSize Portrait = new() { Width = 1080, Height = 1920 };

    public const string Home = "index.html";
    public const string NoticeList = "notices/index.html";
    public const string Notice = "notices/keji-huodongzhou-2026/index.html";
    public const string Technique = "techniques/shuidao-yuyang-jishu/index.html";
    public const string Policy = "policies/quanmin-kexue-suzhi-gangyao-jiedu/index.html";
    public const string Search = "search/index.html";

    public static readonly string[] Pages = [Home, NoticeList, Notice, Technique, Policy, Search];

    public static ViewportSize Size(string screen) => screen == "portrait" ? Portrait : Landscape;

    public static TheoryData<string, string> EachPageOnEachScreen()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages)
        {
            data.Add(page, "landscape");
            data.Add(page, "portrait");
        }

        return data;
    }

    /// <summary>A touch screen, not a phone: full desktop layout, touch events, Chinese locale.</summary>
    public static Task<IBrowserContext> NewContextAsync(BrowserFixture browser, string screen = "landscape", bool javaScript = true) =>
        browser.Browser.NewContextAsync(new()
        {
            ViewportSize = Size(screen),
            HasTouch = true,
            DeviceScaleFactor = 1,
            Locale = "zh-CN",
            JavaScriptEnabled = javaScript,
        });

    public static string Url(KioskSiteBuild build, string relative) => new Uri(Path.Combine(build.Output, relative)).AbsoluteUri;

    /// <summary>A moment in Beijing time, as the UTC DateTime Playwright's clock takes.</summary>
    public static DateTime Beijing(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(8)).UtcDateTime;
}
