using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Incremental;

/// <summary>
/// After every kind of change, the incremental build's output must equal a clean full build of the same
/// input, byte for byte (manifest included), and it must touch only what the change affects.
/// </summary>
public sealed class SiteSessionTests : IDisposable
{
    private const string Rice = "techniques/shuidao-yuyang-jishu/index.md";
    private readonly TempDir _temp = new();
    private readonly SiteSession _session;
    private readonly string _input;
    private readonly string _theme;
    private readonly string _output;

    public SiteSessionTests()
    {
        _input = _temp.Combine("input");
        _theme = _temp.Combine("theme");
        _output = _temp.Combine("served");
        Folders.Copy(Repo.Path("input"), _input);
        Folders.Copy(Repo.Path("theme"), _theme);
        _session = new SiteSession(Options(_output));
        var first = _session.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
    }

    [Fact]
    public void Editing_a_body_rewrites_that_page_and_the_search_files_only()
    {
        Append(Rice, "\n补充一段：秧田要勤查看，发现烂秧及时处理。\n");

        var early = new List<string>();
        var report = _session.Build([Path.Combine(_input, Rice)], early.AddRange);

        AssertSameAsFullBuild();
        Assert.Equal(["posters/techniques/shuidao-yuyang-jishu/a3.html", "posters/techniques/shuidao-yuyang-jishu/a4.html", "techniques/shuidao-yuyang-jishu/index.html"], early.Order(StringComparer.Ordinal));
        Assert.Contains(report.Timings, t => t.Stage == "write-pages");
        Assert.Contains("techniques/shuidao-yuyang-jishu/index.html", report.ChangedFiles!);
        Assert.DoesNotContain(report.ChangedFiles!, f => f.EndsWith(".html", StringComparison.Ordinal) && !f.Contains("shuidao-yuyang-jishu/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_edit_that_changes_the_excerpt_takes_the_full_path_and_stays_correct()
    {
        const string Withdrawn = "notices/shucai-lvse-fangkong-guanmohui.md";
        Replace(Withdrawn, "---\n\n各县市区", "---\n\n开头新增一句话，摘要随之改变。\n\n各县市区");

        var report = _session.Build([Path.Combine(_input, Withdrawn)]);

        AssertSameAsFullBuild();
        Assert.DoesNotContain(report.Timings, t => t.Stage == "write-pages");
        Assert.Contains("notices/shucai-lvse-fangkong-guanmohui/index.html", report.ChangedFiles!);
    }

    [Fact]
    public void Changing_a_title_updates_every_list_it_appears_in()
    {
        Replace(Rice, "title: 早稻集中育秧技术要点", "title: 早稻集中育秧的关键技术");

        var report = _session.Build();

        AssertSameAsFullBuild();
        Assert.Contains("techniques/index.html", report.ChangedFiles!);
        Assert.Contains("tags/水稻/index.html", report.ChangedFiles!);
        Assert.DoesNotContain("notices/index.html", report.ChangedFiles!);
    }

    [Fact]
    public void Adding_and_deleting_a_document()
    {
        File.WriteAllText(Path.Combine(_input, "notices", "xin-tongzhi.md"), "---\ntitle: 新增的测试通知\ndate: 2026-11-20\nissuer: 郴州市科学技术局\n---\n\n正文一段。\n");
        var added = _session.Build();
        AssertSameAsFullBuild();
        Assert.Contains("notices/xin-tongzhi/index.html", added.ChangedFiles!);

        File.Delete(Path.Combine(_input, "notices", "xin-tongzhi.md"));
        var deleted = _session.Build();
        AssertSameAsFullBuild();
        Assert.Contains("notices/xin-tongzhi/index.html", deleted.ChangedFiles!);
        Assert.False(Directory.Exists(Path.Combine(_output, "notices", "xin-tongzhi")));
    }

    [Fact]
    public void Renaming_a_tag_moves_the_document_between_tag_pages()
    {
        Replace(Rice, "tags: [水稻, 科技特派员]", "tags: [早稻, 科技特派员]");

        _session.Build();

        AssertSameAsFullBuild();
        Assert.True(File.Exists(Path.Combine(_output, "tags", "早稻", "index.html")));
    }

    [Fact]
    public void Editing_a_partial_re_renders_the_pages_that_use_it()
    {
        var footer = Path.Combine(_theme, "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>页脚测试</p></footer>", StringComparison.Ordinal));

        var report = _session.Build();

        AssertSameAsFullBuild();
        Assert.Contains("页脚测试", File.ReadAllText(Path.Combine(_output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("notices/index.html", report.ChangedFiles!);
    }

    [Fact]
    public void Editing_one_layout_re_renders_only_its_pages()
    {
        var layout = Path.Combine(_theme, "layouts", "policy.html");
        File.WriteAllText(layout, "<p class=\"test-marker\">政策</p>\n" + File.ReadAllText(layout));

        var report = _session.Build();

        AssertSameAsFullBuild();
        Assert.Contains(report.ChangedFiles!, f => f.StartsWith("policies/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.DoesNotContain(report.ChangedFiles!, f => f.StartsWith("notices/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_that_no_longer_loads_is_an_error_not_a_deletion()
    {
        var before = Snapshot(_output);
        Replace(Rice, "title: 早稻集中育秧技术要点\n", "");

        var broken = _session.Build([Path.Combine(_input, Rice)]);

        Assert.Contains(broken.Diagnostics, d => d.Severity == Portal.Diagnostics.Severity.Error && d.Location.File.EndsWith(Rice, StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(_output));
    }

    [Fact]
    public void An_error_writes_nothing_and_the_fix_catches_up()
    {
        var before = Snapshot(_output);
        Replace(Rice, "date: 2026-02-20", "date: 2026-02-31");

        var broken = _session.Build();

        Assert.False(broken.Succeeded);
        Assert.Equal(before, Snapshot(_output));

        Replace(Rice, "date: 2026-02-31", "date: 2026-02-21");
        Assert.True(_session.Build().Succeeded);
        AssertSameAsFullBuild();
    }

    public void Dispose() => _temp.Dispose();

    private BuildOptions Options(string output) => new(BuildPaths.From(_input, _theme, output)) { Now = SiteBuild.FixedNow };

    private void AssertSameAsFullBuild() => FullBuildComparison.AssertSameAsFullBuild(_temp, Options, _output);

    private static Dictionary<string, string> Snapshot(string folder) => FullBuildComparison.Snapshot(folder);

    private void Append(string relative, string text) => File.AppendAllText(Path.Combine(_input, relative), text);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(_input, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
