namespace Portal.Tests.Browser;

/// <summary>One page of each kind of the sample site, as paths inside the output folder.</summary>
public static class SamplePages
{
    public const string Home = "index.html";
    public const string Notice = "notices/keji-huodongzhou-2026/index.html";

    public static readonly string[] OfEachKind =
    [
        Home,
        "notices/index.html",
        Notice,
        "techniques/shuidao-yuyang-jishu/index.html",
        "policies/xianshiqu-keji-jinbu-yijian-jiedu/index.html",
        "tags/index.html",
        "regions/北湖区/index.html",
    ];

    public static readonly string[] Viewports = ["desktop", "phone"];

    public static TheoryData<string, string> EachKindAtEachViewport()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in OfEachKind)
        {
            foreach (var viewport in Viewports)
            {
                data.Add(page, viewport);
            }
        }

        return data;
    }

    public static Microsoft.Playwright.ViewportSize Size(string viewport) => viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop;
}
