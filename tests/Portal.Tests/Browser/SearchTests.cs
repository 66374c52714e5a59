using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Search;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>Full-text search in Chromium: from file:// (a kiosk or USB copy) and over HTTP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    private const string RiceTechnique = "techniques/shuidao-yuyang-jishu/index.html";
    private const string VegetableTechnique = "techniques/shucai-bingchonghai-lvse-fangkong/index.html";
    private const string GuangxiPolicy = "policies/guangxi-jiceng-keji-nengli-jianshe-jiedu/index.html";

    [Fact]
    public async Task Typing_水稻_finds_the_rice_technique_first_from_file_urls_with_highlights()
    {
        var (page, log) = await OpenSearchAsync();

        await page.Locator("#search-input").FillAsync("水稻");

        var first = page.Locator("#search-results li").First;
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", new Regex(Regex.Escape(RiceTechnique) + "$"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("水稻");
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0, "matched characters are highlighted");
        await Assertions.Expect(page.Locator("#search-chips button[aria-pressed=true]")).ToHaveCountAsync(1);
        // Every result is shown, so there is no "more" button to press.
        await Assertions.Expect(page.Locator("#search-more")).ToBeHiddenAsync();
        log.AssertClean("file://", url => url.StartsWith("file://", StringComparison.Ordinal));

        await first.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(RiceTechnique) + "$"));
    }

    [Fact]
    public async Task Initials_find_vegetable_items_through_the_api_and_the_page_falls_back_to_them()
    {
        var (page, _) = await OpenSearchAsync();

        var titles = await page.EvaluateAsync<string[]>("async () => (await PortalSearch.search('sc', { mode: 'initials' })).map(r => r.title)");
        Assert.NotEmpty(titles);
        Assert.Contains("蔬菜", titles[0]);

        await page.Locator("#search-input").FillAsync("sc");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("拼音首字母");
        await Assertions.Expect(page.Locator("#search-results li").First).ToContainTextAsync("蔬菜");
    }

    [Theory]
    [InlineData("shuidao", RiceTechnique)]
    [InlineData("269号", GuangxiPolicy)]
    [InlineData("桂政办发〔２０１２〕", GuangxiPolicy)]
    [InlineData("病虫害", VegetableTechnique)]
    public async Task Query_ranks_the_expected_page_first(string query, string expected)
    {
        var (page, _) = await OpenSearchAsync();

        await page.Locator("#search-input").FillAsync(query);

        await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveAttributeAsync("href", new Regex(Regex.Escape(expected) + "$"));
    }

    [Fact]
    public async Task Nonsense_says_nothing_was_found()
    {
        var (page, _) = await OpenSearchAsync();

        await page.Locator("#search-input").FillAsync("鑫淼犇");

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("没有找到");
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Expired_notices_are_still_found_but_marked()
    {
        var (page, _) = await OpenSearchAsync();

        await page.Locator("#search-input").FillAsync("千名科技人员");

        var plan = page.Locator("#search-results li").Filter(new() { Has = page.Locator("a[href$='notices/qianming-keji-renyuan-xiajiceng-2013/index.html']") });
        await Assertions.Expect(plan.Locator(".badge--expired")).ToHaveTextAsync("已过期");
        await Assertions.Expect(page.Locator("#search-results li .badge--expired")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_query_loads_only_the_shards_its_tokens_live_in()
    {
        var (page, log) = await OpenSearchAsync();

        await page.Locator("#search-input").FillAsync("病虫害防治");
        await page.Locator("#search-results li").First.WaitForAsync();

        var shards = ShardCount();
        var expected = new[] { "病虫", "虫害", "害防", "防治" }.Select(t => (int)(TokenHash.Of(t) & (uint)(shards - 1))).ToHashSet();
        var requested = log.Requests
            .Select(url => Regex.Match(url, @"/search/s/(\d+)\.js$"))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(expected.Order(), requested.Order());
        Assert.True(requested.Count < shards, $"{requested.Count} of {shards} shards loaded");
        Assert.Single(log.Requests, url => url.EndsWith("/search/index.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_index_loads_with_the_page_before_anything_is_typed()
    {
        var (page, log) = await OpenSearchAsync();

        // The first query then waits only for its shards and metadata files, not for index.js first.
        await page.WaitForFunctionAsync("() => PortalSearch.loadedFiles().indexOf('search/index.js') >= 0");
        Assert.Equal(["search/index.js"], await page.EvaluateAsync<string[]>("() => PortalSearch.loadedFiles()"));

        await page.Locator("#search-input").FillAsync("水稻");
        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Single(log.Requests, url => url.EndsWith("/search/index.js", StringComparison.Ordinal));
        log.AssertClean("file://", url => url.StartsWith("file://", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_its_index_the_page_opens_quietly_and_a_query_says_what_is_missing()
    {
        // A copy of the site whose index was lost (a half-copied USB stick): opening the page must not
        // raise an error of its own; the query that needs the index names the missing file.
        using var copy = new TempDir();
        CopyTree(browser.BuiltSite().Output, copy.Path);
        File.Delete(copy.Combine("search", "index.js"));
        var context = await browser.NewContextAsync();
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var uncaught = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.PageError += (_, error) => uncaught.Enqueue(error);
        await page.GotoAsync(new Uri(copy.Combine("search", "index.html")).AbsoluteUri);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("输入字词");

        await page.Locator("#search-input").FillAsync("水稻");

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("无法加载搜索索引：search/index.js");
        // The browser logs the missing file itself; the page's own code raises nothing, not even an
        // unhandled rejection from the load that starts with the page.
        Assert.Empty(uncaught);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task A_word_only_in_the_body_gets_its_snippet_cut_from_the_page_text()
    {
        var (page, log) = await OpenSearchAsync();

        // 咪鲜胺 is in the rice technique's body, not in its summary: the snippet first shows the summary,
        // then the page text's snippet file is loaded and the snippet is cut around the match.
        await page.Locator("#search-input").FillAsync("咪鲜胺");

        var first = page.Locator("#search-results li").First;
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", new Regex(Regex.Escape(RiceTechnique) + "$"));
        await Assertions.Expect(first.Locator(".search-result__snippet mark").First).ToHaveTextAsync(new Regex("咪|鲜|胺"));
        await Assertions.Expect(first.Locator(".search-result__snippet")).ToContainTextAsync("浸种");
        var texts = log.Requests.Where(url => Regex.IsMatch(url, @"/search/t/\d+\.js$")).ToList();
        Assert.True(texts.Count is > 0 and <= 3, "snippet text files loaded: " + string.Join(", ", texts));
        log.AssertClean("file://", url => url.StartsWith("file://", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_header_box_on_every_page_leads_to_the_results()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.FileUrl(SamplePages.Home));

        await page.Locator("#header-search-input").FillAsync("水稻");
        await page.Locator("#header-search-input").PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"search/index\.html\?q="));
        await Assertions.Expect(page.Locator("#search-input")).ToHaveValueAsync("水稻");
        await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveAttributeAsync("href", new Regex(Regex.Escape(RiceTechnique) + "$"));
    }

    [Fact]
    public async Task Search_works_over_http_from_portal_serve()
    {
        using var temp = new TempDir();
        await using var server = await PortalServeProcess.StartAsync(Repo.Path("input"), temp.Combine("out"));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var log = new RequestLog(page);

        await server.ExplainFailureAsync("The search page over portal serve failed.", async () =>
        {
            await page.GotoAsync(server.BaseUrl + "search/index.html?q=" + Uri.EscapeDataString("水稻"));
            await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveAttributeAsync("href", new Regex(Regex.Escape(RiceTechnique) + "$"));
        });

        log.AssertClean(server.BaseUrl, url => url.StartsWith(server.BaseUrl, StringComparison.Ordinal), failed => failed.Contains("/__portal/events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_javascript_the_page_explains_and_links_to_the_sections()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "zh-CN" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(browser.FileUrl("search/index.html"));

            await Assertions.Expect(page.GetByText("搜索功能需要浏览器启用 JavaScript")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#search-nojs a[href$='notices/index.html']")).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Search_page_with_results_has_no_axe_violations(string viewport)
    {
        Assert.True(File.Exists(AccessibilityTests.AxeScript), "axe-core is missing: run tests/run.sh.");
        await using var context = await browser.NewContextAsync(SamplePages.Size(viewport));
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.FileUrl("search/index.html") + "?q=" + Uri.EscapeDataString("科技"));
        await page.Locator("#search-results li").First.WaitForAsync();
        await page.AddScriptTagAsync(new() { Path = AccessibilityTests.AxeScript });

        var violations = await page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxe);

        Assert.True(violations.GetArrayLength() == 0, "axe violations on the search page: " + violations);
    }

    private async Task<(IPage Page, RequestLog Log)> OpenSearchAsync()
    {
        var context = await browser.NewContextAsync();
        _contexts.Add(context);
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var log = new RequestLog(page);
        await page.GotoAsync(browser.FileUrl("search/index.html"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("输入字词");
        await Assertions.Expect(page.Locator("#search-nojs")).ToBeHiddenAsync();
        return (page, log);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    private int ShardCount()
    {
        var index = File.ReadAllText(Path.Combine(browser.BuiltSite().Output, "search", "index.js"));
        return int.Parse(Regex.Match(index, "\"shards\":(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
