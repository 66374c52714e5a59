using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>
/// One Chromium and one build of the sample site for every browser test: starting a browser and
/// building the site take seconds, the tests themselves only open pages.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The sample site (repo input/ with the real theme), built once with the fixed "now".</summary>
    public SiteBuild Site { get; } = new(Repo.Path("input"));

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>The system Chromium; Playwright's own browser download is never used (no network here).</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}; run tests/run.sh (it installs the system package) or set PORTAL_CHROMIUM.");
        }

        // The suite shares two cores with builds and servers; Playwright's 5 s default for expectations
        // is too tight there, and a real failure still shows up, just later.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox: the tests run as root in containers. The rest keeps Chromium from phoning home,
            // so any request a test sees comes from the page itself.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The built sample site; fails the calling test with the diagnostics when the build did not succeed.</summary>
    public SiteBuild BuiltSite()
    {
        Assert.True(Site.Report.Succeeded, "The sample site did not build:\n" + string.Join("\n", Site.Report.Diagnostics));
        return Site;
    }

    /// <summary>file:// address of a page of the built sample site, e.g. "notices/index.html".</summary>
    public string FileUrl(string relative) => new Uri(Path.Combine(BuiltSite().Output, relative)).AbsoluteUri;

    /// <summary>A fresh context (own cache, history and storage) per test, phone-like when the viewport is narrow.</summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        var size = viewport ?? Desktop;
        var phone = size.Width < 600;
        return await Browser.NewContextAsync(new()
        {
            ViewportSize = size,
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = 1,
            Locale = "zh-CN",
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Site.Dispose();
    }
}

/// <summary>
/// All browser tests share the fixture, run one after another, and run apart from the other collections:
/// they start servers and wait on timers, which get flaky when the machine is busy with the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
