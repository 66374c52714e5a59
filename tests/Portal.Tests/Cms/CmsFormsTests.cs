using System.Globalization;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Portal.Tests.Browser;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Cms;

/// <summary>
/// An editor fills Decap CMS's forms at admin/ of <c>portal serve --cms</c> (decap-server in file-system
/// mode, on a copy of the sample site in a git repository): the saved files land under input/,
/// <c>portal check</c> is clean and the built pages show what was typed. Screenshots of the forms go to
/// tests/artifacts/cms/ (the editor guide's images in docs/images/ are taken from there).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CmsFormsTests(BrowserFixture browser)
{
    private const string NoticeTitle = "关于开展冬季蔬菜大棚保温技术培训的通知";
    private static readonly string NoticeSlug = Portal.Text.Slugs.FromTitle(NoticeTitle);
    private const string TechniqueTitle = "冬季大棚草莓保温管理";
    private static readonly string TechniqueSlug = Portal.Text.Slugs.FromTitle(TechniqueTitle);
    private const string PolicyTitle = "科技活动周冬季集中服务解读";
    private static readonly string PolicySlug = Portal.Text.Slugs.FromTitle(PolicyTitle);

    private static readonly string Screenshots = Repo.Path("tests", "artifacts", "cms");

    [Fact]
    public async Task A_notice_a_technique_and_a_policy_made_in_the_forms_build_and_pass_check()
    {
        using var temp = new TempDir();
        var input = temp.Combine("input");
        Folders.Copy(Repo.Path("input"), input);
        Git(temp.Path, "init", "-q");
        var cmsPort = PortalServeProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        await using var server = await PortalServeProcess.StartAsync(input, temp.Combine("out"), false, "--cms", "--cms-port", cmsPort);
        await using var context = await browser.NewContextAsync(BrowserFixture.Desktop);
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && !r.Url.StartsWith($"http://127.0.0.1:{cmsPort}/", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                outside.Add(r.Url);
            }
        };

        await server.ExplainFailureAsync("admin/ did not open on the local backend.", async () =>
        {
            await page.GotoAsync(server.BaseUrl + "admin/");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Expect(page.GetByText("通知公告").First).ToBeVisibleAsync();
        });

        await server.ExplainFailureAsync("The notice form failed.", async () =>
        {
            await OpenNewAsync(page, server, "notices", "通知公告");
            await page.Locator("input[id^='title-field']").First.FillAsync(NoticeTitle);
            await page.Locator("input[id^='date-field']").FillAsync("2026-11-20T09:30");
            await ChooseAsync(page, "regions", "北湖区/华塘镇");
            await page.Locator("input[id^='doc_no-field']").FillAsync("郴科发〔2026〕52号");
            await page.Locator("input[id^='expires-field']").FillAsync("2026-12-31");
            await TypeBodyAsync(page, "请各乡镇组织种植户参加大棚保温培训。");
            await ShotAsync(page, "cms-notice.png");
            await PublishAsync(page);
        });
        var notice = await SavedAsync(input, "notices", NoticeSlug);
        Assert.Contains("doc_no: 郴科发〔2026〕52号", notice);
        Assert.Contains("北湖区/华塘镇", notice);

        await server.ExplainFailureAsync("The technique form failed.", async () =>
        {
            await OpenNewAsync(page, server, "techniques", "实用技术");
            await page.Locator("input[id^='title-field']").First.FillAsync(TechniqueTitle);
            await page.Locator("input[id^='date-field']").FillAsync("2026-11-18T08:00");
            await ChooseAsync(page, "category", "种植");
            await ChooseAsync(page, "months", "12月");
            await ChooseAsync(page, "months", "1月");
            await page.Locator("input[id^='name-field']").FillAsync("李明华");
            await page.Locator("input[id^='org-field']").FillAsync("郴州市农业科学研究所");
            await page.Locator("input[id^='phone-field']").FillAsync("0735-2811234");
            await TypeBodyAsync(page, "夜间加盖二层膜，棚内温度保持在5摄氏度以上。");
            await ShotAsync(page, "cms-technique.png");
            await PublishAsync(page);
        });
        var technique = await SavedAsync(input, "techniques", TechniqueSlug);
        Assert.Contains("category: 种植", technique);
        Assert.Contains("李明华", technique);

        await server.ExplainFailureAsync("The policy form failed.", async () =>
        {
            await OpenNewAsync(page, server, "policies", "政策解读");
            await page.Locator("input[id^='title-field']").First.FillAsync(PolicyTitle);
            await page.Locator("input[id^='date-field']").FillAsync("2026-11-21T10:00");
            await ChooseAsync(page, "ref", "科技活动周");
            await TypeBodyAsync(page, "冬季集中服务面向全市农户，服务点设在各乡镇科技之窗。");
            await ShotAsync(page, "cms-policy.png");
            await PublishAsync(page);
        });
        var policy = await SavedAsync(input, "policies", PolicySlug);
        Assert.Contains("ref: keji-huodongzhou-2026", policy);

        var check = PortalProcess.Run(temp.Path, "check", "--input", input, "--theme", Repo.Path("theme"), "--now", "2026-11-23");
        Assert.True(check.Exit == 0, check.Out + check.Err);
        Assert.Contains("0 个错误，0 个警告", check.Out + check.Err);

        var built = temp.Combine("built");
        var build = PortalProcess.Run(temp.Path, "build", "--input", input, "--theme", Repo.Path("theme"), "--output", built, "--now", "2026-11-23");
        Assert.True(build.Exit == 0, build.Out + build.Err);
        var noticePage = Page(built, "notices", NoticeSlug);
        Assert.Equal(NoticeTitle, noticePage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("郴科发〔2026〕52号", noticePage.Body!.TextContent);
        Assert.Contains("请各乡镇组织种植户参加大棚保温培训。", noticePage.Body.TextContent);
        var techniquePage = Page(built, "techniques", TechniqueSlug);
        Assert.Contains("李明华", techniquePage.QuerySelector(".expert")!.TextContent);
        Assert.Contains("种植", techniquePage.QuerySelector(".facts")!.TextContent);
        var policyPage = Page(built, "policies", PolicySlug);
        Assert.Contains(Journey.UrgentNotice, policyPage.Body!.TextContent);
        Assert.Empty(outside);
    }

    private static async Task OpenNewAsync(IPage page, PortalServeProcess server, string collection, string label)
    {
        // A fresh load: a hash change alone would leave the previous form in the page for a moment.
        await page.GotoAsync("about:blank");
        await page.GotoAsync(server.BaseUrl + $"admin/#/collections/{collection}/new");
        await Expect(page.GetByText($"正在集合“{label}”中编写")).ToBeVisibleAsync();
        await page.Locator("input[id^='title-field']").First.WaitForAsync();
    }

    /// <summary>A react-select (select and relation widgets): type, then take the first matching option.</summary>
    private static async Task ChooseAsync(IPage page, string field, string text)
    {
        var box = page.Locator($"input[id^='{field}-field']");
        await box.ClickAsync();
        await box.PressSequentiallyAsync(text);
        var option = page.Locator("[class*='option']").Filter(new() { HasText = text }).First;
        await option.ClickAsync();
    }

    private static async Task TypeBodyAsync(IPage page, string text)
    {
        await page.Locator("[data-slate-editor='true']").ClickAsync();
        await page.Keyboard.InsertTextAsync(text);
    }

    /// <summary>Simple publish mode (the local backend): 发布 → 立即发布 writes the file at once.</summary>
    private static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).First.ClickAsync();
        await page.GetByText("立即发布").ClickAsync();
        await Expect(page.GetByText("内容已保存").First).ToBeVisibleAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name) });
    }

    /// <summary>The bundle Decap wrote, once it is there (decap-server writes after answering).</summary>
    private static async Task<string> SavedAsync(string input, string section, string slug)
    {
        var file = Path.Combine(input, section, slug, "index.md");
        for (var i = 0; i < 100 && !File.Exists(file); i++)
        {
            await Task.Delay(100);
        }

        // The slug is the title's pinyin as portal new makes it (Text/Slugs.cs), proposed by theme/admin/portal-cms.js.
        Assert.True(File.Exists(file), $"{file} was not written; {section} has: {string.Join(", ", Directory.EnumerateFileSystemEntries(Path.Combine(input, section)).Select(Path.GetFileName))}");
        return await File.ReadAllTextAsync(file);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(string built, string section, string slug) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(built, section, slug, "index.html")));

    private static void Git(string folder, params string[] args)
    {
        using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["-C", folder, .. args]) { UseShellExecute = false })!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
