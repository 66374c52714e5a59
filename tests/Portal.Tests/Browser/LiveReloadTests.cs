using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>An editor saves a Markdown file while the preview is open; the tab must reload by itself.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserFixture browser)
{
    private const string NoticeFile = "notices/keji-huodongzhou-2026.md";
    private const string NewTitle = "关于做好2026年全市科技活动周冬季集中服务工作的紧急通知（第二版）";

    [Fact]
    public async Task Saving_a_notice_reloads_the_open_page_with_the_new_title()
    {
        // The test edits content, so it serves a copy of the sample input, never the repo's own.
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await server.OpenSubscribedAsync(page, "notices/keji-huodongzhou-2026/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Journey.UrgentNotice);
        // A marker in the old document: it disappears only if the page really reloaded.
        await page.EvaluateAsync("() => { window.__beforeReload = true; }");

        var file = Path.Combine(input, NoticeFile);
        var markdown = await File.ReadAllTextAsync(file);
        Assert.Contains("title: " + Journey.UrgentNotice, markdown);
        await File.WriteAllTextAsync(file, markdown.Replace("title: " + Journey.UrgentNotice, "title: " + NewTitle, StringComparison.Ordinal));

        await server.ExplainFailureAsync("The open page did not show the saved title within 20 s.", () => Expect(page.Locator("h1")).ToHaveTextAsync(NewTitle, new() { Timeout = 20_000 }));
        await Expect(page).ToHaveTitleAsync($"{NewTitle} - {Journey.SiteTitle}");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__beforeReload === undefined"), "The title changed without a reload.");
    }

    [Fact]
    public async Task Editing_a_body_reloads_only_the_tab_showing_that_page()
    {
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"));
        await using var context = await browser.NewContextAsync();
        var edited = await context.NewPageAsync();
        var other = await context.NewPageAsync();
        foreach (var (page, path) in new[] { (edited, "notices/keji-huodongzhou-2026/"), (other, "techniques/shuidao-yuyang-jishu/") })
        {
            await server.OpenSubscribedAsync(page, path);
            await page.EvaluateAsync("() => { window.__beforeReload = true; }");
        }

        var file = Path.Combine(input, NoticeFile);
        await File.AppendAllTextAsync(file, "\n实时预览测试段落。\n");

        await server.ExplainFailureAsync("The edited page did not reload within 20 s.", () => Expect(edited.Locator("main")).ToContainTextAsync("实时预览测试段落", new() { Timeout = 20_000 }));
        Assert.True(await edited.EvaluateAsync<bool>("() => window.__beforeReload === undefined"), "The edited tab did not reload.");
        // Give a stray reload of the other tab time to happen before checking it did not.
        await Task.Delay(1500);
        Assert.True(await other.EvaluateAsync<bool>("() => window.__beforeReload === true"), "A tab showing an unchanged page reloaded.");
    }

    [Fact]
    public async Task A_broken_save_shows_the_error_over_the_last_good_page()
    {
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await server.OpenSubscribedAsync(page, "notices/keji-huodongzhou-2026/");

        // An editor types an impossible date: the rebuild fails and nothing is published.
        var file = Path.Combine(input, NoticeFile);
        var markdown = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, System.Text.RegularExpressions.Regex.Replace(markdown, @"(?m)^date: .*$", "date: 2026-13-45"));

        var overlay = page.Locator("#portal-errors");
        await server.ExplainFailureAsync("No error overlay appeared within 20 s.", () => Expect(overlay).ToBeVisibleAsync(new() { Timeout = 20_000 }));
        await Expect(overlay).ToContainTextAsync("notices/keji-huodongzhou-2026.md:");
        await Expect(overlay).ToContainTextAsync("PORTAL006");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Journey.UrgentNotice);
        Assert.Contains(Journey.UrgentNotice, await (await context.APIRequest.GetAsync(server.BaseUrl + "notices/keji-huodongzhou-2026/")).TextAsync());
    }
}
