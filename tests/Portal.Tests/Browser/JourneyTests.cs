using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>The visitor's journey, opened from disk (a kiosk or USB copy) and through <c>portal serve</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Journey_from_file_urls_stays_on_disk_without_errors()
    {
        var home = browser.FileUrl("index.html");
        await using var context = await browser.NewContextAsync();
        // Nothing may reach the network from a file:// copy; abort instead of waiting on a timeout, the
        // request log still reports the attempt.
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var log = new RequestLog(page);

        await Journey.WalkAsync(page, home);

        log.AssertClean("file://", url => url.StartsWith("file://", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Journey_over_portal_serve_stays_on_the_preview_server_without_errors()
    {
        using var temp = new TempDir();
        await using var server = await PortalServeProcess.StartAsync(Repo.Path("input"), temp.Combine("out"));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var log = new RequestLog(page);

        await server.ExplainFailureAsync("The journey over portal serve broke off.", () => Journey.WalkAsync(page, server.BaseUrl));

        // The live-reload stream is cut by every navigation; that abort is the only failure expected.
        log.AssertClean(server.BaseUrl, url => url.StartsWith(server.BaseUrl, StringComparison.Ordinal), failed => failed.Contains("/__portal/events", StringComparison.Ordinal));
        Assert.Contains(log.Requests, url => url.EndsWith("/__portal/live.js", StringComparison.Ordinal));
        Assert.Contains(log.Requests, url => url.EndsWith("/__portal/events", StringComparison.Ordinal));
    }
}
