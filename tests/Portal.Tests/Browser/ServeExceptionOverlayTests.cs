using Microsoft.AspNetCore.Builder;
using Portal.Cli.Serve;
using Portal.Engine;
using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// The exception path of serve end to end, in Chromium: serve's own pieces (session, build loop, live
/// reload, server) in the test process, a rebuild made to throw with the session's test hook (content
/// cannot be relied on to throw: loaders turn what they can into diagnostics).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeExceptionOverlayTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string NoticeFile = "notices/keji-huodongzhou-2026.md";
    private readonly TempDir _temp = new();
    private readonly int _port = PortalServeProcess.FreePort();
    private readonly LiveReload _live = new();
    private SiteEngine? _session;
    private PreviewBuilds? _builds;
    private WebApplication? _app;

    private string BaseUrl => $"http://127.0.0.1:{_port}/";

    public async Task InitializeAsync()
    {
        Folders.Copy(Repo.Path("input"), _temp.Combine("input"));
        var options = new BuildOptions(BuildPaths.From(_temp.Combine("input"), Repo.Path("theme"), _temp.Combine("out"))) { Now = SiteBuild.FixedNow, BaseUrl = BaseUrl };
        _session = new SiteEngine(options);
        _builds = new PreviewBuilds(_session, _live, _ => { }, (_, _) => { });
        _builds.Rebuild(null);
        _app = PreviewServer.Create(_temp.Combine("out"), "127.0.0.1", _port, _live);
        await _app.StartAsync();
    }

    [Fact]
    public async Task An_exception_in_a_rebuild_shows_the_overlay_naming_the_file_and_the_next_save_recovers()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await PortalServeProcess.OpenSubscribedAsync(page, BaseUrl, "notices/keji-huodongzhou-2026/");
        var file = _temp.Combine("input", NoticeFile);
        _session!.BeforeReading = path => throw new InvalidOperationException("测试注入的故障：" + path);
        File.AppendAllText(file, "\n故障期间写的段落。\n");

        _builds!.Rebuild([file]);

        var overlay = page.Locator("#portal-errors");
        await Expect(overlay).ToBeVisibleAsync();
        await Expect(overlay).ToContainTextAsync(NoticeFile);
        await Expect(overlay).ToContainTextAsync("内部错误");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("故障期间写的段落");

        _session.BeforeReading = null;
        _builds.Rebuild([file]);

        await Expect(page.Locator("main")).ToContainTextAsync("故障期间写的段落");
        await Expect(overlay).ToHaveCountAsync(0);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _temp.Dispose();
    }
}
