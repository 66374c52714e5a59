using Microsoft.Playwright;

namespace Portal.Benchmarks;

/// <summary>
/// One headless system Chromium for the whole search benchmark (Playwright's browser download is never
/// used). Every probe opens its page in a fresh context, so each query starts cold: no cache, no loaded
/// index, nothing shared with the previous query.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ChromiumSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public string Version => _browser.Version;

    public static async Task<ChromiumSession> StartAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new BenchmarkException($"Chromium not found at {ExecutablePath} (apt-get install -y chromium, or set PORTAL_CHROMIUM)");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new ChromiumSession(playwright, browser);
    }

    /// <summary>Opens <paramref name="url"/> in a fresh context, waits for its load event, runs <paramref name="probe"/>, closes the context.</summary>
    public async Task<T> WithPageAsync<T>(string url, Func<IPage, Task<T>> probe)
    {
        var context = await _browser.NewContextAsync(new() { Locale = "zh-CN" });
        try
        {
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);
            var response = await page.GotoAsync(url);
            if (response is { Ok: false })
            {
                throw new BenchmarkException($"{url}: HTTP {response.Status}");
            }

            var result = await probe(page);
            return errors.Count == 0 ? result : throw new BenchmarkException($"{url}: script error: {string.Join(" / ", errors)}");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
