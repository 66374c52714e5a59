using Microsoft.Playwright;

namespace Portal.Cli.Pdf;

/// <summary>
/// Prints poster pages to PDF in headless Chromium (Playwright .NET): the page's own @page size and
/// margins (preferCSSPageSize), backgrounds printed, fonts embedded by Chromium. One browser serves
/// every poster of a run.
/// </summary>
public sealed class PdfRenderer : IAsyncDisposable
{
    // No sandbox: keepers and CI often run as root in containers. The rest keeps Chromium from phoning home.
    private static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfRenderer(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<PdfRenderer> StartAsync(string chromiumPath)
    {
        // A single-file release keeps Playwright's driver (.playwright/) beside the program, where Playwright
        // does not look when its assembly has no file of its own; an SDK build finds it either way.
        if (Environment.GetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH") is null or "")
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH", AppContext.BaseDirectory);
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromiumPath, Headless = true, Args = Args });
            return new PdfRenderer(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public Task RenderAsync(string htmlFile, string pdfFile, string fragment = "") => RenderAsync(_browser, htmlFile, pdfFile, fragment);

    /// <summary>
    /// Renders one HTML file to a PDF. The PDF is written beside its target and moved into place only
    /// when complete, so a failure never leaves a half-written file over a previous good one.
    /// </summary>
    /// <param name="fragment">Appended to the page's URL: a document page shows its poster at the size it names (<c>#poster-a3</c>).</param>
    public static async Task RenderAsync(IBrowser browser, string htmlFile, string pdfFile, string fragment = "")
    {
        var target = System.IO.Path.GetFullPath(pdfFile);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        var page = await browser.NewPageAsync();
        try
        {
            // Print media from the start, so the page's fit script measures the layout that is printed.
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.GotoAsync(new Uri(System.IO.Path.GetFullPath(htmlFile)).AbsoluteUri + fragment, new() { WaitUntil = WaitUntilState.Load });
            // A document page shows its poster once poster.js has cut the body and drawn the QR code.
            await page.WaitForFunctionAsync("() => !document.getElementById('poster-sheet') || document.documentElement.hasAttribute('data-poster')");
            await page.PdfAsync(new() { Path = partial, PreferCSSPageSize = true, PrintBackground = true });
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            await page.CloseAsync();
            File.Delete(partial);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
