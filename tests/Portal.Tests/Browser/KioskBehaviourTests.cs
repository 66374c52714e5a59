using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Tests.KioskBuild;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// What a resident and an operator do at the kiosk: idle reset and the attract loop (with a profile
/// that idles after 5 s), QR codes instead of leaving the site, read-aloud, the staff corner, the
/// on-screen keyboard, and the lock-down against selection, context menu and zoom.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskBehaviourTests(BrowserFixture browser, KioskSamples samples) : IClassFixture<KioskSamples>
{
    [Fact]
    public async Task Idle_returns_home_resets_large_text_and_scroll_and_starts_the_attract_loop()
    {
        var quick = samples.Quick;
        Assert.True(quick.Report.Succeeded, string.Join("\n", quick.Report.Diagnostics));
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = SiteBuild.FixedNow.UtcDateTime });
        await PauseClockAsync(page);
        await page.GotoAsync(KioskScreens.Url(quick, KioskScreens.Home));

        // 大字 stays on from page to page while someone is using the kiosk.
        await page.ClickAsync("[data-large]");
        await page.ClickAsync(".kiosk-section--notices");
        await page.WaitForURLAsync("**/notices/index.html");
        await Expect(page.Locator("html")).ToHaveClassAsync(new Regex("is-large"));
        await Expect(page.Locator("[data-large]")).ToHaveAttributeAsync("aria-pressed", "true");
        // The wheel scrolls in real time and every scroll event is activity: the fake clock may only
        // run on once the scroll has ended, or a late event restarts the idle countdown mid-test.
        await page.EvaluateAsync("() => { window.__scrollEnded = new Promise(r => addEventListener('scrollend', r, { once: true })); }");
        await page.Mouse.WheelAsync(0, 600);
        await page.EvaluateAsync("() => window.__scrollEnded");
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0);

        await page.Clock.RunForAsync(4_000);
        Assert.EndsWith("notices/index.html", page.Url, StringComparison.Ordinal); // not idle yet
        await page.Clock.RunForAsync(2_000);

        await page.WaitForURLAsync(new Regex("/kiosk/index\\.html$"));
        await Expect(page.Locator("[data-attract]")).ToBeVisibleAsync();
        await Expect(page.Locator("html")).Not.ToHaveClassAsync(new Regex("is-large"));
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        var box = await page.Locator("[data-attract]").BoundingBoxAsync();
        Assert.True(box!.Width >= 1920 && box.Height >= 1080, $"the attract loop covers {box.Width}×{box.Height}, not the whole screen");
    }

    [Fact]
    public async Task Attract_loop_rotates_pauses_and_stops_on_any_touch()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = SiteBuild.FixedNow.UtcDateTime });
        await PauseClockAsync(page);
        await page.GotoAsync(KioskScreens.Url(samples.Quick, KioskScreens.Home));
        await page.Clock.RunForAsync(6_000);
        var attract = page.Locator("[data-attract]");
        await Expect(attract).ToBeVisibleAsync();
        var slide = page.Locator(".attract__slide:visible .attract__title");

        var first = await slide.TextContentAsync();
        await page.Clock.RunForAsync(2_100); // attract_seconds: 2
        var second = await slide.TextContentAsync();
        Assert.NotEqual(first, second);
        await Expect(page.Locator(".attract__slide:visible")).ToHaveCountAsync(1);

        var pause = page.Locator("[data-attract-pause]");
        var pauseBox = await pause.BoundingBoxAsync();
        Assert.True(pauseBox!.Width >= 60 && pauseBox.Height >= 60);
        await pause.ClickAsync();
        await Expect(pause).ToHaveAttributeAsync("aria-pressed", "true");
        var paused = await slide.TextContentAsync();
        await page.Clock.RunForAsync(6_000);
        Assert.Equal(paused, await slide.TextContentAsync());
        await Expect(attract).ToBeVisibleAsync(); // pausing is not leaving

        await pause.ClickAsync();
        await page.Clock.RunForAsync(2_100);
        Assert.NotEqual(paused, await slide.TextContentAsync());

        await page.Touchscreen.TapAsync(900, 500);
        await Expect(attract).ToBeHiddenAsync();
        Assert.EndsWith("/index.html", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_link_opens_a_qr_panel_and_the_page_stays()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        var log = new RequestLog(page);
        var url = KioskScreens.Url(samples.Built(), KioskScreens.Policy);
        await page.GotoAsync(url);

        await page.ClickAsync("button.qr-link");

        var panel = page.Locator("dialog.qr-panel[open]");
        await Expect(panel).ToBeVisibleAsync();
        Assert.Equal(url, page.Url);
        const string address = "https://www.gov.cn/gongbao/content/2006/content_000007.htm";
        await Expect(panel.Locator(".qr-panel__url")).ToHaveTextAsync(address);
        Assert.Equal(address, await DecodeQrAsync(panel.Locator(".qr-panel__code")));

        await panel.Locator("[data-close]").ClickAsync();
        await Expect(panel).ToBeHiddenAsync();
        Assert.Equal(url, page.Url);
        log.AssertClean("the kiosk folder", u => u.StartsWith("file://", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_attachment_shows_a_qr_code_instead_of_downloading()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        var downloads = 0;
        page.Download += (_, _) => downloads++;
        await page.GotoAsync(KioskScreens.Url(samples.Built(), "notices/tepaiyuan-fuwu-xiangmu-shenbao-2026/index.html"));

        await page.ClickAsync(".attachments .qr-link");

        var panel = page.Locator("dialog.qr-panel[open]");
        await Expect(panel).ToBeVisibleAsync();
        Assert.Equal("https://kjzc.example.org/notices/tepaiyuan-fuwu-xiangmu-shenbao-2026/shenbao-zhinan.pdf", await DecodeQrAsync(panel.Locator(".qr-panel__code")));
        Assert.Equal(0, downloads);
    }

    [Fact]
    public async Task Read_aloud_is_hidden_without_a_chinese_voice()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("() => { const s = window.speechSynthesis; if (s) { s.getVoices = () => [{ lang: 'en-US', name: 'English' }]; } }");
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Notice));

        await Expect(page.Locator("[data-read-aloud]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Read_aloud_speaks_the_page_with_a_chinese_voice()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        // Headless Chromium has no voices; this stands in for a kiosk PC with a Chinese one.
        await page.AddInitScriptAsync(
            """
            (() => {
              const spoken = window.__spoken = [];
              const synth = { speaking: false, getVoices: () => [{ lang: 'en-US', name: 'English' }, { lang: 'zh-CN', name: '普通话' }],
                speak: u => spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang }), cancel: () => {}, addEventListener: () => {} };
              Object.defineProperty(window, 'speechSynthesis', { get: () => synth, configurable: true });
              window.SpeechSynthesisUtterance = function (text) { this.text = text; };
            })()
            """);
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Notice));
        var button = page.Locator("[data-read-aloud]");
        await Expect(button).ToBeVisibleAsync();
        var box = await button.BoundingBoxAsync();
        Assert.True(box!.Width >= 60 && box.Height >= 60);

        await button.ClickAsync();

        var spoken = await page.EvaluateAsync<JsonElement>("() => window.__spoken");
        Assert.True(spoken.GetArrayLength() > 3, "too little was spoken: " + spoken);
        Assert.Contains("科技活动周", spoken[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(spoken.EnumerateArray(), u => Assert.Equal("zh-CN", u.GetProperty("voice").GetString()));
        await Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(button).ToHaveTextAsync("停止朗读");
    }

    [Fact]
    public async Task A_long_press_on_the_staff_corner_shows_the_build()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = SiteBuild.FixedNow.UtcDateTime });
        await PauseClockAsync(page);
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Notice));
        var corner = await page.Locator("[data-staff-corner]").BoundingBoxAsync();
        var panel = page.Locator("#kiosk-staff");

        await page.Mouse.MoveAsync(corner!.X + 20, corner.Y + 20);
        await page.Mouse.DownAsync();
        await page.Clock.RunForAsync(500);
        await page.Mouse.UpAsync();
        await Expect(panel).ToBeHiddenAsync(); // a short tap is not enough

        await page.Mouse.DownAsync();
        await page.Clock.RunForAsync(2_100);
        await page.Mouse.UpAsync();

        await Expect(panel).ToBeVisibleAsync();
        using var info = JsonDocument.Parse(samples.Built().Read("kiosk.json"));
        await Expect(panel.Locator("[data-staff=buildId]")).ToHaveTextAsync(info.RootElement.GetProperty("buildId").GetString()!);
        await Expect(panel.Locator("[data-staff=buildTime]")).ToHaveTextAsync(info.RootElement.GetProperty("buildTime").GetString()!);
        await Expect(panel.Locator("[data-staff=profile]")).ToContainTextAsync("huatang · 华塘镇科技之窗 · 北湖区/华塘镇");
        var counts = info.RootElement.GetProperty("counts");
        await Expect(panel.Locator("[data-staff=counts]")).ToHaveTextAsync(
            $"有效 {counts.GetProperty("active").GetInt32()} 条，已过期 {counts.GetProperty("expired").GetInt32()} 条，待发布 {counts.GetProperty("scheduled").GetInt32()} 条");
    }

    [Fact]
    public async Task The_on_screen_keyboard_types_into_its_field()
    {
        await using var context = await KioskScreens.NewContextAsync(browser, "portrait");
        var page = await context.NewPageAsync();
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Search));
        var field = page.Locator("[data-search-field]");

        await page.Locator("[data-key=s]").TapAsync();
        await page.Locator("[data-key=c]").TapAsync();
        await Expect(field).ToHaveValueAsync("sc");
        await page.Locator("[data-key-backspace]").TapAsync();
        await Expect(field).ToHaveValueAsync("s");
        await page.Locator("[data-key=h]").TapAsync();
        await Expect(field).ToHaveValueAsync("sh");
        await page.Locator("[data-key-clear]").TapAsync();
        await Expect(field).ToHaveValueAsync("");

        var full = page.Locator("[data-mode=chars]");
        await full.TapAsync();
        await Expect(full).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("[data-mode=initials]")).ToHaveAttributeAsync("aria-pressed", "false");
        var keys = await page.Locator(".kiosk-keyboard button").EvaluateAllAsync<double[]>("keys => keys.map(k => Math.min(k.getBoundingClientRect().width, k.getBoundingClientRect().height))");
        Assert.Equal(28, keys.Length);
        Assert.True(keys.Min() >= 60, $"smallest key is {keys.Min()} px");
    }

    [Fact]
    public async Task The_on_screen_keyboard_finds_items_by_initials_and_by_full_pinyin()
    {
        await using var context = await KioskScreens.NewContextAsync(browser, "portrait");
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Search));
        var results = page.Locator("[data-search-results] li");

        await page.Locator("[data-key=s]").TapAsync();
        await page.Locator("[data-key=c]").TapAsync();
        await Expect(results.First).ToContainTextAsync("蔬菜");

        await page.Locator("[data-key-clear]").TapAsync();
        await page.Locator("[data-mode=chars]").TapAsync();
        foreach (var letter in "shuidao")
        {
            await page.Locator($"[data-key={letter}]").TapAsync();
        }

        await Expect(results.First.Locator("a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("techniques/shuidao-yuyang-jishu/index\\.html$"));
    }

    [Fact]
    public async Task Selection_context_menu_and_pinch_zoom_are_blocked()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Notice));

        var blocked = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const fire = (target, event) => { target.dispatchEvent(event); return event.defaultPrevented; };
              const p = document.querySelector('.prose p');
              const touch = (id, x) => new Touch({ identifier: id, target: p, clientX: x, clientY: 300 });
              return {
                contextMenu: fire(p, new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
                selectStart: fire(p.firstChild, new Event('selectstart', { bubbles: true, cancelable: true })),
                pinch: fire(p, new TouchEvent('touchmove', { bubbles: true, cancelable: true, touches: [touch(1, 100), touch(2, 300)] })),
                oneFinger: fire(p, new TouchEvent('touchmove', { bubbles: true, cancelable: true, touches: [touch(1, 100)] })),
                ctrlWheel: fire(p, new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 })),
                userSelect: getComputedStyle(document.body).userSelect,
                touchAction: getComputedStyle(document.documentElement).touchAction,
              };
            }
            """);

        Assert.True(blocked.GetProperty("contextMenu").GetBoolean(), "the context menu is not blocked");
        Assert.True(blocked.GetProperty("selectStart").GetBoolean(), "text selection is not blocked");
        Assert.True(blocked.GetProperty("pinch").GetBoolean(), "a two-finger pinch is not blocked");
        Assert.False(blocked.GetProperty("oneFinger").GetBoolean(), "one-finger scrolling is blocked");
        Assert.True(blocked.GetProperty("ctrlWheel").GetBoolean(), "ctrl+wheel zoom is not blocked");
        Assert.Equal("none", blocked.GetProperty("userSelect").GetString());
        Assert.Equal("pan-x pan-y", blocked.GetProperty("touchAction").GetString());
    }

    [Fact]
    public async Task Back_and_home_buttons_replace_the_browser_chrome_and_nothing_leaves_the_folder()
    {
        await using var context = await KioskScreens.NewContextAsync(browser);
        var page = await context.NewPageAsync();
        var log = new RequestLog(page);
        await page.GotoAsync(KioskScreens.Url(samples.Built(), KioskScreens.Home));
        await Expect(page.Locator("[data-back]")).ToHaveCountAsync(0);

        await page.ClickAsync(".kiosk-section--techniques");
        await page.WaitForURLAsync("**/techniques/index.html");
        await page.ClickAsync("li[data-item='techniques/shuidao-yuyang-jishu/'] a");
        await page.WaitForURLAsync("**/techniques/shuidao-yuyang-jishu/index.html");
        await page.ClickAsync("[data-back]");
        await page.WaitForURLAsync("**/techniques/index.html");
        await page.ClickAsync(".kiosk-btn--home");
        await page.WaitForURLAsync(new Regex("kiosk/index\\.html$"));
        await page.ClickAsync(".kiosk-section--search");
        await page.WaitForURLAsync("**/search/index.html");

        log.AssertClean("the kiosk folder", u => u.StartsWith(new Uri(samples.Built().Output).AbsoluteUri, StringComparison.Ordinal));
    }

    /// <summary>
    /// Stops the page's fake clock (just installed) from also following real time, so only RunFor moves
    /// it: on a busy machine a slow click would otherwise let a timer fire between two steps of a test.
    /// </summary>
    private static Task PauseClockAsync(IPage page) => page.Clock.PauseAtAsync(SiteBuild.FixedNow.UtcDateTime.AddSeconds(1));

    /// <summary>Screenshots the QR code as Chromium draws it and decodes it with zbarimg (zbar-tools).</summary>
    private static async Task<string> DecodeQrAsync(ILocator code)
    {
        using var temp = new TempDir();
        var png = temp.Combine("qr.png");
        await code.ScreenshotAsync(new() { Path = png });
        var start = new ProcessStartInfo("zbarimg", ["--raw", "-q", png]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var zbar = Process.Start(start) ?? throw new InvalidOperationException("zbarimg did not start; run tests/run.sh (it installs zbar-tools).");
        var text = await zbar.StandardOutput.ReadToEndAsync();
        await zbar.WaitForExitAsync();
        Assert.True(zbar.ExitCode == 0, "zbarimg found no QR code in the panel: " + await zbar.StandardError.ReadToEndAsync());
        return text.Trim();
    }
}
