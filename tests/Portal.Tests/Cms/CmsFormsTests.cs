using Microsoft.Playwright;
using Portal.Tests.Browser;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Cms;

/// <summary>
/// An editor fills Decap CMS's forms at admin/ of <c>portal serve --cms</c> (decap-server, file-system
/// mode, on a copy of the sample site): the saved files land under input/, <c>portal check</c> is clean and
/// the rebuilt pages show what was typed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CmsFormsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_opens_with_the_four_collections()
    {
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        var cmsPort = PortalServeProcess.FreePort();
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"), false, "--cms", "--cms-port", cmsPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var context = await browser.NewContextAsync(BrowserFixture.Desktop);
        var page = await context.NewPageAsync();
        var log = new List<string>();
        page.Console += (_, m) => log.Add(m.Type + ": " + m.Text);
        page.Request += (_, r) => log.Add("request: " + r.Url);
        await page.GotoAsync(server.BaseUrl + "admin/");
        await page.WaitForTimeoutAsync(8000);
        await page.ScreenshotAsync(new() { Path = "/tmp/cms-1.png" });
        File.WriteAllLines("/tmp/cms-log.txt", log.Append(server.Output));
    }
}
