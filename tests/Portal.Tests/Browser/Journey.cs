using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// A visitor's path through the sample site using only what is on screen: home → urgent notice → one
/// of its tags → 政策解读 from the header → a policy interpretation → its original notice, which links
/// back to the interpretation. The same walk runs from file:// and over the preview server, because the
/// relative links must work in both.
/// </summary>
public static class Journey
{
    public const string SiteTitle = "郴州科技之窗";
    public const string UrgentNotice = "关于做好2026年全市科技活动周冬季集中服务工作的紧急通知";
    public const string Tag = "科技活动周";
    public const string Policies = "政策解读";
    public const string Policy = "问答解读：市政府办公室关于促进县市区科技进步的工作意见";
    public const string OriginalNotice = "郴州市人民政府办公室关于促进县市区科技进步的工作意见";

    public static async Task WalkAsync(IPage page, string homeUrl)
    {
        await page.GotoAsync(homeUrl);
        await ExpectPageAsync(page, SiteTitle, SiteTitle);

        // The urgent notice is announced in the 紧急与置顶 block, with its badge.
        var urgentCard = page.Locator(".alerts .card").Filter(new() { Has = page.Locator(".badge--urgent") });
        await urgentCard.GetByRole(AriaRole.Link, new() { Name = UrgentNotice, Exact = true }).ClickAsync();
        await ExpectPageAsync(page, $"{UrgentNotice} - {SiteTitle}", UrgentNotice);
        await Expect(page).ToHaveURLAsync(new Regex("/notices/keji-huodongzhou-2026/(index\\.html)?$"));

        await page.Locator(".doc__footer a.chip").GetByText(Tag, new() { Exact = true }).ClickAsync();
        await ExpectPageAsync(page, $"标签：{Tag} - {SiteTitle}", $"标签：{Tag}");
        await Expect(page.Locator(".cards .card__title").GetByRole(AriaRole.Link, new() { Name = UrgentNotice, Exact = true })).ToBeVisibleAsync();

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "栏目" });
        await nav.GetByRole(AriaRole.Link, new() { Name = Policies, Exact = true }).ClickAsync();
        await ExpectPageAsync(page, $"{Policies} - {SiteTitle}", Policies);
        await Expect(nav.Locator("a[aria-current=page]")).ToHaveTextAsync(Policies);

        await page.Locator(".cards .card__title").GetByRole(AriaRole.Link, new() { Name = Policy, Exact = true }).ClickAsync();
        await ExpectPageAsync(page, $"{Policy} - {SiteTitle}", Policy);
        await Expect(page).ToHaveURLAsync(new Regex("/policies/xianshiqu-keji-jinbu-yijian-jiedu/(index\\.html)?$"));

        // The original of this interpretation is a notice of the same site, so the link stays internal.
        await page.Locator("a.original-link").ClickAsync();
        await ExpectPageAsync(page, $"{OriginalNotice} - {SiteTitle}", OriginalNotice);
        var related = page.Locator("section.related");
        await Expect(related.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("相关政策解读");
        await Expect(related.GetByRole(AriaRole.Link, new() { Name = Policy, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Waits for the document title, then checks the page has exactly one h1 with the expected text.</summary>
    private static async Task ExpectPageAsync(IPage page, string title, string h1)
    {
        await Expect(page).ToHaveTitleAsync(title);

        // A reader finishes loading a page before moving on; clicking earlier would abort its
        // end-of-body scripts (the preview's live.js) and report a failed request that no person causes.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(page.Locator("h1")).ToHaveTextAsync(h1);
    }
}
