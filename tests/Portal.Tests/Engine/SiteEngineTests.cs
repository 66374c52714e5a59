using Portal.Engine;
using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Engine;

/// <summary>
/// After every kind of change, the incremental build's output must equal a clean full build of the same
/// input, byte for byte (manifest included), and it must touch only what the change affects.
/// </summary>
public sealed class SiteEngineTests : SampleEngineTest
{
    [Fact]
    public void Editing_a_body_rewrites_that_page_and_the_search_files_only()
    {
        Append(Rice, "\n补充一段：秧田要勤查看，发现烂秧及时处理。\n");

        var early = new List<string>();
        var report = Session.Build([Path.Combine(Input, Rice)], early.AddRange);

        AssertSameAsFullBuild();
        // A document's poster is part of its page: the one page is all that changes.
        Assert.Equal(["techniques/shuidao-yuyang-jishu/index.html"], early.Order(StringComparer.Ordinal));
        Assert.Contains(report.Timings, t => t.Stage == "write-pages");
        Assert.Contains("techniques/shuidao-yuyang-jishu/index.html", report.ChangedFiles!);
        Assert.DoesNotContain(report.ChangedFiles!, f => f.EndsWith(".html", StringComparison.Ordinal) && !f.Contains("shuidao-yuyang-jishu/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_edit_that_changes_the_excerpt_takes_the_full_path_and_stays_correct()
    {
        const string Withdrawn = "notices/shucai-lvse-fangkong-guanmohui.md";
        Replace(Withdrawn, "---\n\n各县市区", "---\n\n开头新增一句话，摘要随之改变。\n\n各县市区");

        var report = Session.Build([Path.Combine(Input, Withdrawn)]);

        AssertSameAsFullBuild();
        Assert.DoesNotContain(report.Timings, t => t.Stage == "write-pages");
        Assert.Contains("notices/shucai-lvse-fangkong-guanmohui/index.html", report.ChangedFiles!);
    }

    [Fact]
    public void Changing_a_title_updates_every_list_it_appears_in()
    {
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: 早稻集中育秧的关键技术");

        var report = Session.Build();

        AssertSameAsFullBuild();
        Assert.Contains("techniques/index.html", report.ChangedFiles!);
        Assert.Contains("tags/水稻/index.html", report.ChangedFiles!);
        Assert.DoesNotContain("notices/index.html", report.ChangedFiles!);
    }

    [Fact]
    public void Retitling_a_notice_updates_the_interpretation_that_links_to_it()
    {
        const string Original = "notices/qianming-keji-renyuan-xiajiceng-2013.md";
        Replace(Original, "title: 关于印发《2013年“千名科技人员下基层”活动实施方案》的通知", "title: 关于印发《2013年“千名科技人员下基层”活动实施方案》的通知（修订）");

        var report = Session.Build([Path.Combine(Input, Original)]);

        AssertSameAsFullBuild();
        Assert.Contains("policies/qianming-xiajiceng-fangan-jiedu/index.html", report.ChangedFiles!);
    }

    [Fact]
    public void Adding_and_deleting_a_document()
    {
        File.WriteAllText(Path.Combine(Input, "notices", "xin-tongzhi.md"), "---\ntitle: 新增的测试通知\ndate: 2026-11-20\nissuer: 郴州市科学技术局\n---\n\n正文一段。\n");
        var added = Session.Build();
        AssertSameAsFullBuild();
        Assert.Contains("notices/xin-tongzhi/index.html", added.ChangedFiles!);

        File.Delete(Path.Combine(Input, "notices", "xin-tongzhi.md"));
        var deleted = Session.Build();
        AssertSameAsFullBuild();
        Assert.Contains("notices/xin-tongzhi/index.html", deleted.ChangedFiles!);
        Assert.False(Directory.Exists(Path.Combine(Served, "notices", "xin-tongzhi")));
    }

    [Fact]
    public void Renaming_a_tag_moves_the_document_between_tag_pages()
    {
        Replace(Rice, "tags: [水稻, 科技特派员]", "tags: [早稻, 科技特派员]");

        Session.Build();

        AssertSameAsFullBuild();
        Assert.True(File.Exists(Path.Combine(Served, "tags", "早稻", "index.html")));
    }

    [Fact]
    public void Editing_a_partial_re_renders_the_pages_that_use_it()
    {
        var footer = Path.Combine(Theme, "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>页脚测试</p></footer>", StringComparison.Ordinal));

        var report = Session.Build();

        AssertSameAsFullBuild();
        Assert.Contains("页脚测试", File.ReadAllText(Path.Combine(Served, "index.html")), StringComparison.Ordinal);
        Assert.Contains("notices/index.html", report.ChangedFiles!);
        // The footer reads the site and the page only: its new output is swapped into every page's bytes.
        Assert.True(Session.PagesSpliced >= report.PagesByKind["notice"] + report.PagesByKind["list"], $"{Session.PagesSpliced} pages spliced");

        // And again, from the spliced pages' own record of where the footer is.
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("页脚测试", "页脚再测", StringComparison.Ordinal));
        Session.Build();
        AssertSameAsFullBuild();
        Assert.True(Session.PagesSpliced > 0);
    }

    [Fact]
    public void A_partial_edit_that_reads_what_a_layout_assigned_re_renders_the_pages()
    {
        var layout = Path.Combine(Theme, "layouts", "notice.html");
        File.WriteAllText(layout, "{{ footer_note = page.title }}" + File.ReadAllText(layout));
        Session.Build();
        var footer = Path.Combine(Theme, "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>{{ footer_note }}</p></footer>", StringComparison.Ordinal));

        Session.Build();

        AssertSameAsFullBuild();
        Assert.Equal(0, Session.PagesSpliced);
    }

    [Fact]
    public void A_partial_inside_a_pre_element_is_rendered_not_spliced()
    {
        var layout = Path.Combine(Theme, "layouts", "page.html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<pre>{{ include \"pre-note\" }}</pre>\n");
        var partial = Path.Combine(Theme, "partials", "pre-note.html");
        File.WriteAllText(partial, "<b>  one  </b>\n");
        Session.Build();
        File.WriteAllText(partial, "<b>  two\n\n   </b>\n");

        Session.Build();

        AssertSameAsFullBuild();
        Assert.Contains("<b>  two\n\n   </b>", File.ReadAllText(Path.Combine(Served, "about", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_layout_re_renders_only_its_pages()
    {
        var layout = Path.Combine(Theme, "layouts", "policy.html");
        File.WriteAllText(layout, "<p class=\"test-marker\">政策</p>\n" + File.ReadAllText(layout));

        var report = Session.Build();

        AssertSameAsFullBuild();
        Assert.Contains(report.ChangedFiles!, f => f.StartsWith("policies/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.DoesNotContain(report.ChangedFiles!, f => f.StartsWith("notices/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_edit_keeps_the_site_model_of_the_last_build()
    {
        var built = Session.SiteModelsBuilt;
        var layout = Path.Combine(Theme, "layouts", "policy.html");
        File.WriteAllText(layout, "<p class=\"test-marker\">政策</p>\n" + File.ReadAllText(layout));

        Session.Build();

        AssertSameAsFullBuild();
        Assert.Equal(built, Session.SiteModelsBuilt);
    }

    [Fact]
    public void A_label_edit_rebuilds_the_site_model()
    {
        var built = Session.SiteModelsBuilt;
        var labels = Path.Combine(Theme, "i18n", "zh-CN.yml");
        File.WriteAllText(labels, File.ReadAllText(labels).Replace("search: 搜索\n", "search: 全站搜索\n", StringComparison.Ordinal));

        Session.Build();

        AssertSameAsFullBuild();
        Assert.Equal(built + 1, Session.SiteModelsBuilt);
        Assert.Contains("全站搜索", File.ReadAllText(Path.Combine(Served, "search", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_no_longer_loads_is_an_error_not_a_deletion()
    {
        var before = Snapshot(Served);
        Replace(Rice, "title: 早稻集中育秧技术要点\n", "");

        var broken = Session.Build([Path.Combine(Input, Rice)]);

        Assert.Contains(broken.Diagnostics, d => d.Severity == Portal.Diagnostics.Severity.Error && d.Location.File.EndsWith(Rice, StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(Served));
    }

    [Fact]
    public void An_error_writes_nothing_and_the_fix_catches_up()
    {
        var before = Snapshot(Served);
        Replace(Rice, "date: 2026-02-20", "date: 2026-02-31");

        var broken = Session.Build();

        Assert.False(broken.Succeeded);
        Assert.Equal(before, Snapshot(Served));

        Replace(Rice, "date: 2026-02-31", "date: 2026-02-21");
        Assert.True(Session.Build().Succeeded);
        AssertSameAsFullBuild();
    }
}
