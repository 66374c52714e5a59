using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>
/// Full-page screenshots of the home page and a notice, wide and narrow, kept in tests/artifacts/screenshots
/// so a reviewer (or CI artifact upload) can see the theme without building the site.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    private static readonly string Folder = Repo.Path("tests", "artifacts", "screenshots");

    public static TheoryData<string, string, string> Shots() => new()
    {
        { "home", SamplePages.Home, "desktop" },
        { "home", SamplePages.Home, "phone" },
        { "notice", SamplePages.Notice, "desktop" },
        { "notice", SamplePages.Notice, "phone" },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Full_page_screenshot_is_saved(string name, string path, string viewport)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}-{viewport}.png");
        File.Delete(file);
        var size = SamplePages.Size(viewport);
        await using var context = await browser.NewContextAsync(size);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.FileUrl(path));
        await page.EvaluateAsync("() => document.fonts.ready");

        await page.ScreenshotAsync(new() { Path = file, FullPage = true });

        var info = new FileInfo(file);
        Assert.True(info.Exists, file + " was not written.");
        Assert.True(info.Length > 10 * 1024, $"{file} is only {info.Length} bytes; a blank page is that small.");
        var (width, height) = PngSize(file);
        Assert.Equal(size.Width, width);
        Assert.True(height > size.Height, $"{file} is {height}px high; a full-page shot of this page is longer than one screen ({size.Height}px).");
    }

    /// <summary>Width and height from the PNG header (IHDR, big-endian, right after the signature).</summary>
    private static (int Width, int Height) PngSize(string file)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(file))
        {
            stream.ReadExactly(header);
        }

        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header, 12, 4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
