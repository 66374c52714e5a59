using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// An editor types front matter in a notice while the preview is open; half-typed YAML (<c>title: [x</c>,
/// on the way to <c>tags: [a, b]</c>) must not end serve. Whether the loader throws on it or reports it,
/// the page shows the overlay naming the file over the last good page, and the next save recovers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeRecoveryTests(BrowserFixture browser)
{
    private const string NoticeFile = "notices/keji-huodongzhou-2026.md";
    private const string NoticePage = "notices/keji-huodongzhou-2026/";
    private const string FixedTitle = "关于做好2026年全市科技活动周冬季集中服务工作的通知（修订）";

    [Fact]
    public async Task Half_typed_YAML_shows_the_overlay_and_the_fix_reloads_the_page()
    {
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await server.OpenSubscribedAsync(page, NoticePage);

        SetTitle(input, "[x");

        var overlay = page.Locator("#portal-errors");
        await server.ExplainFailureAsync("No error overlay appeared within 20 s.", () => Expect(overlay).ToBeVisibleAsync(new() { Timeout = 20_000 }));
        await Expect(overlay).ToContainTextAsync(NoticeFile);
        Assert.True(server.IsRunning, "portal serve ended:\n" + server.Output);
        await Expect(page.Locator("h1")).ToHaveTextAsync(Journey.UrgentNotice);

        SetTitle(input, FixedTitle);

        await server.ExplainFailureAsync("The fixed title did not appear within 20 s.", () => Expect(page.Locator("h1")).ToHaveTextAsync(FixedTitle, new() { Timeout = 20_000 }));
        await Expect(overlay).ToHaveCountAsync(0);
        Assert.True(server.IsRunning, "portal serve ended:\n" + server.Output);
    }

    [Fact]
    public async Task A_first_build_that_fails_still_serves_the_errors_and_a_fix_brings_the_site()
    {
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        SetTitle(input, "[x");
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"), firstBuildFails: true);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await server.OpenSubscribedAsync(page, NoticePage);

        var overlay = page.Locator("#portal-errors");
        await server.ExplainFailureAsync("The page shows no errors.", () => Expect(overlay).ToBeVisibleAsync(new() { Timeout = 20_000 }));
        await Expect(overlay).ToContainTextAsync(NoticeFile);

        SetTitle(input, FixedTitle);

        await server.ExplainFailureAsync("The fixed page did not appear within 20 s.", () => Expect(page.Locator("h1")).ToHaveTextAsync(FixedTitle, new() { Timeout = 20_000 }));
        await Expect(overlay).ToHaveCountAsync(0);
    }

    /// <summary>Saves the notice with another title line, as an editor's save does.</summary>
    private static void SetTitle(string input, string title)
    {
        var file = Path.Combine(input, NoticeFile);
        var markdown = File.ReadAllText(file);
        var replaced = System.Text.RegularExpressions.Regex.Replace(markdown, "(?m)^title: .*$", "title: " + title);
        Assert.NotEqual(markdown, replaced);
        File.WriteAllText(file, replaced);
    }
}
