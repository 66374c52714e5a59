namespace Portal.Tests.Engine;

/// <summary>
/// <c>portal serve --kiosk huatang</c>: the same engine with the kiosk variant, kept alive. After every
/// change its folder equals <c>portal build --kiosk huatang</c> of the same input, and its diagnostics
/// are the same.
/// </summary>
public sealed class KioskEngineTests : SampleEngineTest
{
    protected override string? Kiosk => "huatang";

    [Fact]
    public void The_first_build_is_the_kiosk_build() => AssertSameAsFullBuild();

    [Fact]
    public void A_body_edit_reaches_the_kiosk_page_and_its_facts()
    {
        Append(Rice, "\n补充一段：秧田要勤查看，发现烂秧及时处理。\n");

        var report = Session.Build([Path.Combine(Input, Rice)]);

        AssertSameAsFullBuild(report);
        Assert.Contains("techniques/shuidao-yuyang-jishu/index.html", report.ChangedFiles!);
        Assert.Contains("kiosk.json", report.ChangedFiles!);
    }

    [Fact]
    public void A_title_edit_updates_the_kiosk_home_lists()
    {
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: 早稻集中育秧的关键技术");

        var report = Session.Build();

        AssertSameAsFullBuild(report);
        Assert.Contains("index.html", report.ChangedFiles!);
        Assert.Contains("早稻集中育秧的关键技术", File.ReadAllText(Path.Combine(Served, "techniques/shuidao-yuyang-jishu/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_for_another_town_stays_out_of_this_kiosk()
    {
        File.WriteAllText(
            Path.Combine(Input, "notices", "liangtian-tongzhi.md"),
            "---\ntitle: 良田镇的测试通知\ndate: 2026-11-20\nissuer: 郴州市科学技术局\nregions: [苏仙区/良田镇]\n---\n\n只面向良田镇的正文。\n");

        var report = Session.Build();

        AssertSameAsFullBuild(report);
        Assert.False(File.Exists(Path.Combine(Served, "notices/liangtian-tongzhi/index.html")));
    }

    [Fact]
    public void A_kiosk_layout_edit_re_renders_the_kiosk_pages()
    {
        var home = Path.Combine(Theme, "kiosk", "layouts", "home.html");
        Assert.True(File.Exists(home), "the kiosk theme has its own home layout");
        File.AppendAllText(home, "\n<!-- 触摸屏首页模板已修改 -->\n");

        var report = Session.Build();

        AssertSameAsFullBuild(report);
        Assert.Contains("触摸屏首页模板已修改", File.ReadAllText(Path.Combine(Served, "index.html")), StringComparison.Ordinal);
    }
}
