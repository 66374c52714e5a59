using AngleSharp.Html.Parser;
using Portal.Tests.Support;

namespace Portal.Tests.Templates;

/// <summary>
/// Pages are rendered into one buffer per worker (includes and <c>page.content</c> written in place), and
/// templates must not be able to tell: an include or the content used as a value, an include with
/// arguments, a layout's variables read by base.html before the content, all give what Scriban's own
/// rendering gave. And the indentation of an indented include no longer leaks into a code block.
/// </summary>
public sealed class InPlaceRenderingTests
{
    private const string Notice = "---\ntitle: 通知\ndate: 2026-01-01\n---\n\n正文。\n";

    [Fact]
    public void A_code_block_keeps_its_own_indentation_inside_an_indented_include()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 代码\ndate: 2026-01-01\n---\n\n```\nline1\n    line2\nline3\n```\n");

        site.Build().NoErrors();

        var pre = Page(site, "notices/a/index.html").QuerySelector(".prose pre")!;
        Assert.Equal("line1\n    line2\nline3\n", pre.TextContent);
    }

    [Fact]
    public void An_include_used_as_a_value_or_with_arguments_gives_its_text()
    {
        using var site = new MiniSite()
            .With("notices/a.md", Notice)
            .With("_theme/partials/shout.html", "小{{ $1 }}")
            .With("_theme/layouts/notice.html", "{{ x = include \"shout\" \"站\" }}<p id=\"value\">{{ x | string.size }}:{{ x }}</p><p id=\"args\">{{ include \"shout\" \"甲\" }}</p><p id=\"piped\">{{ include \"shout\" | string.append \"!\" }}</p>");

        site.Build().NoErrors();

        var page = Page(site, "notices/a/index.html");
        Assert.Equal("2:小站", page.QuerySelector("#value")!.TextContent);
        Assert.Equal("小甲", page.QuerySelector("#args")!.TextContent);
        Assert.Equal("小!", page.QuerySelector("#piped")!.TextContent);
    }

    [Fact]
    public void The_content_is_where_base_asks_for_it_also_twice_and_as_a_value()
    {
        using var site = new MiniSite()
            .With("notices/a.md", Notice)
            .With("_theme/layouts/notice.html", "{{ heading = \"布局设置的标题\" }}<b>内容</b>")
            .With("_theme/layouts/base.html", "<html><body><h1>{{ heading }}</h1><div id=\"one\">{{ page.content }}</div><div id=\"two\">{{ page.content }}</div><p id=\"size\">{{ page.content | string.size }}</p>{{ capture kept }}{{ page.content }}{{ end }}<div id=\"captured\">{{ kept }}</div></body></html>");

        site.Build().NoErrors();

        var page = Page(site, "notices/a/index.html");
        Assert.Equal("布局设置的标题", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("<b>内容</b>", page.QuerySelector("#one")!.InnerHtml);
        Assert.Equal("<b>内容</b>", page.QuerySelector("#two")!.InnerHtml);
        Assert.Equal("9", page.QuerySelector("#size")!.TextContent);
        Assert.Equal("<b>内容</b>", page.QuerySelector("#captured")!.InnerHtml);
    }

    [Fact]
    public void A_partial_sees_the_variables_of_the_page_and_its_own_stay_local_to_the_page()
    {
        using var site = new MiniSite()
            .With("notices/a.md", Notice)
            .With("notices/b.md", Notice.Replace("通知", "通知二", StringComparison.Ordinal))
            .With("_theme/partials/line.html", "<li>{{ label }}{{ seen }}</li>{{ seen = \"已见\" }}")
            .With("_theme/layouts/notice.html", "<ul id=\"lines\">{{ label = page.title; include \"line\" }}{{ include \"line\" }}</ul>");

        site.Build().NoErrors();

        foreach (var (path, title) in new[] { ("notices/a/index.html", "通知"), ("notices/b/index.html", "通知二") })
        {
            var items = Page(site, path).QuerySelectorAll("#lines li").Select(li => li.TextContent).ToList();
            Assert.Equal([title, title + "已见"], items);
        }
    }

    [Fact]
    public void Every_page_is_whole_however_much_its_worker_rendered_before()
    {
        // 120 pages of 20,000 characters: each worker writes far more than Scriban's 1M-character output
        // limit, which counts from the last Template.Render; the first in-place version left pages empty after it.
        using var site = new MiniSite();
        var body = string.Concat(Enumerable.Repeat("科技特派员下乡服务。", 2000));
        for (var i = 0; i < 120; i++)
        {
            site.With($"notices/n{i:000}.md", $"---\ntitle: 通知{i}\ndate: 2026-01-01\n---\n\n{body}\n");
        }

        site.Build().NoErrors();

        for (var i = 0; i < 120; i++)
        {
            var prose = Page(site, $"notices/n{i:000}/index.html").QuerySelector(".prose")!;
            Assert.Equal(body, prose.TextContent.Trim());
        }
    }

    [Fact]
    public void A_runaway_template_is_an_error_at_its_line_not_a_huge_page()
    {
        using var site = new MiniSite()
            .With("notices/a.md", Notice)
            .With("_theme/layouts/notice.html", "<p>开始</p>\n{{ for i in 1..60000 }}{{ \"很长的一行文字\" * 10 }}{{ end }}");

        var report = site.Build();

        var error = report.Single(Diagnostics.DiagnosticCodes.TemplateError);
        Assert.EndsWith("_theme/layouts/notice.html", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("页面输出超过", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Output, "notices/a/index.html")));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(MiniSite site, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));
}
