using Portal.Diagnostics;

namespace Portal.Tests.Engine;

/// <summary>
/// Builds told which files changed, as serve's watcher tells them: the walk of input/ is reused only when the
/// named files cannot change what input/ holds, and the output still equals a fresh full build.
/// </summary>
public sealed class WatchedChangeTests : SampleEngineTest
{
    [Fact]
    public void A_theme_edit_reuses_the_last_walk_of_input()
    {
        var walks = Session.InputWalks;
        var layout = Path.Combine(Theme, "layouts", "policy.html");
        File.WriteAllText(layout, "<p class=\"test-marker\">政策</p>\n" + File.ReadAllText(layout));

        AssertSameAsFullBuild(Session.Build([layout]));
        Assert.Equal(walks, Session.InputWalks);
    }

    [Fact]
    public void An_edit_to_a_known_document_reuses_the_walk()
    {
        var walks = Session.InputWalks;
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: 早稻集中育秧的关键技术");

        AssertSameAsFullBuild(Session.Build([Path.Combine(Input, Rice)]));
        Assert.Equal(walks, Session.InputWalks);
    }

    [Fact]
    public void A_new_document_is_found_and_a_deleted_one_is_gone()
    {
        var added = Path.Combine(Input, "notices", "xin-tongzhi.md");
        File.WriteAllText(added, "---\ntitle: 新增的测试通知\ndate: 2026-11-20\nissuer: 郴州市科学技术局\n---\n\n正文一段。\n");
        var walks = Session.InputWalks;
        AssertSameAsFullBuild(Session.Build([added]));
        Assert.True(File.Exists(Path.Combine(Served, "notices", "xin-tongzhi", "index.html")));
        Assert.Equal(walks + 1, Session.InputWalks);

        File.Delete(added);
        AssertSameAsFullBuild(Session.Build([added]));
        Assert.False(File.Exists(Path.Combine(Served, "notices", "xin-tongzhi", "index.html")));
    }

    [Fact]
    public void What_the_walk_warned_about_is_reported_again_when_it_is_reused()
    {
        var misplaced = Path.Combine(Input, "notices", "jiu", "beifen.md");
        Directory.CreateDirectory(Path.GetDirectoryName(misplaced)!);
        File.WriteAllText(misplaced, "---\ntitle: 放错位置的文件\ndate: 2026-11-20\n---\n\n正文。\n");
        var warned = Session.Build([misplaced]);
        Assert.Contains(warned.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug);

        var footer = Path.Combine(Theme, "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>页脚测试</p></footer>", StringComparison.Ordinal));
        var again = Session.Build([footer]);
        AssertSameAsFullBuild(again);
        Assert.Contains(again.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug);
    }

    [Fact]
    public void A_changed_site_yml_walks_again()
    {
        var walks = Session.InputWalks;
        var config = Path.Combine(Input, "site.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("title: 郴州科技之窗", "title: 郴州科技之窗（测试）", StringComparison.Ordinal));

        AssertSameAsFullBuild(Session.Build([config]));
        Assert.Equal(walks + 1, Session.InputWalks);
    }
}
