using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// <c>portal serve --kiosk huatang</c>: a county editor previews the village kiosk as it will be, with
/// live reload; what serve writes is what <c>portal build --kiosk huatang</c> writes with the same base URL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskServeTests(BrowserFixture browser)
{
    private const string RiceFile = "techniques/shuidao-yuyang-jishu/index.md";
    private const string RicePage = "techniques/shuidao-yuyang-jishu/index.html";
    private const string NewTitle = "早稻集中育秧的关键技术";

    [Fact]
    public async Task The_kiosk_preview_shows_the_kiosk_reloads_on_a_save_and_equals_the_kiosk_build()
    {
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"), false, "--kiosk", "huatang");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await server.OpenSubscribedAsync(page, RicePage);
        await Expect(page.Locator("header.kiosk-bar")).ToBeVisibleAsync();
        await Expect(page.Locator("a.kiosk-btn--home")).ToBeVisibleAsync();

        var file = Path.Combine(input, RiceFile);
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: 早稻集中育秧技术要点", "title: " + NewTitle, StringComparison.Ordinal));

        await server.ExplainFailureAsync("The new title did not reach the kiosk page within 20 s.", () => Expect(page.Locator("h1")).ToHaveTextAsync(NewTitle, new() { Timeout = 20_000 }));
        await Expect(page.Locator("header.kiosk-bar")).ToBeVisibleAsync();

        // The same input built as a kiosk, with serve's base URL: the same files, the same pages.
        var built = temp.Combine("built");
        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, "build", "--input", input, "--theme", Repo.Path("theme"), "--output", built, "--now", "2026-11-23", "--kiosk", "huatang", "--base-url", server.BaseUrl);
        Assert.True(exit == 0, stdout + stderr);
        var served = temp.Combine("out");
        Assert.Equal(Files(built), Files(served));
        var different = Files(built).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && File.ReadAllText(Path.Combine(built, f)) != File.ReadAllText(Path.Combine(served, f))).ToList();
        Assert.True(different.Count == 0, "serve --kiosk differs from build --kiosk: " + string.Join(", ", different.Take(5)));
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
