using Portal.Markdown;
using Portal.Tests.Support;

namespace Portal.Tests.Markdown;

public class MarkdownRendererTests
{
    [Fact]
    public void ChineseHeadingsGetReadableUniqueIds()
    {
        var r = MarkdownRenderer.Render(Docs.Page("## 育秧准备\n\n## 一、指导思想\n\n## 育秧准备\n\n### Step 1 播种\n"));
        Assert.Contains("id=\"育秧准备\"", r.Html);
        Assert.Contains("id=\"一指导思想\"", r.Html);
        Assert.Contains("id=\"育秧准备-1\"", r.Html);
        Assert.Contains("id=\"step-1-播种\"", r.Html);
        Assert.DoesNotContain("section-1", r.Html);
        Assert.Equal(["step-1-播种", "一指导思想", "育秧准备", "育秧准备-1"], r.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LineBreaksBetweenChineseCharactersDoNotBecomeSpaces()
    {
        var r = MarkdownRenderer.Render(Docs.Page("水稻育秧\n技术要点，\n注意温度。\nEnglish words\nstay apart"));
        Assert.Contains("水稻育秧技术要点，注意温度。", r.Html);
        Assert.Contains("English words\nstay apart", r.Html);
    }

    [Fact]
    public void BoldClosesBeforeChineseText()
    {
        var r = MarkdownRenderer.Render(Docs.Page("**注意：**木屑要提前堆制。"));
        Assert.Contains("<strong>注意：</strong>木屑", r.Html);
    }

    [Fact]
    public void HardLineBreaksStay()
    {
        var r = MarkdownRenderer.Render(Docs.Page("郴州市科学技术局\\\n2026年11月16日"));
        Assert.Contains("<br", r.Html);
    }

    [Fact]
    public void TablesFootnotesTaskListsAndEmphasisExtrasRender()
    {
        var r = MarkdownRenderer.Render(Docs.Page("| 县 | 人数 |\n|---|---|\n| 北湖区 | 120 |\n\n说明[^1]\n\n[^1]: 注释。\n\n- [x] 完成\n- [ ] 未完成\n\n~~删除~~ H~2~O"));
        Assert.Contains("<table>", r.Html);
        Assert.Contains("class=\"footnotes\"", r.Html);
        Assert.Contains("type=\"checkbox\"", r.Html);
        Assert.Contains("<del>删除</del>", r.Html);
        Assert.Contains("<sub>2</sub>", r.Html);
    }

    [Fact]
    public void LinksCarryTheirSourceLineAndRawHtmlIsRemembered()
    {
        var r = MarkdownRenderer.Render(Docs.Page("第一行\n\n[链接](../a.md)\n\n<div onclick=\"x()\">原始</div>\n", bodyLine: 10));
        Assert.Contains($"{MarkdownRenderer.LineAttribute}=\"12\"", r.Html);
        var raw = Assert.Single(r.RawHtml);
        Assert.Equal(14, raw.Line);
    }
}
