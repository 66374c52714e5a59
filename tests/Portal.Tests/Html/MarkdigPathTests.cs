using CsCheck;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Load;
using Portal.Markdown;
using Portal.Tests.Fuzz;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Html;

/// <summary>
/// The HTML stage's path without a DOM must give what the AngleSharp path gives for the same body, byte for
/// byte: HTML, table of contents, excerpt, counts, search text, diagnostics and the paths looked up.
/// </summary>
public class MarkdigPathTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = SiteBuild.FixedNow;

    private static readonly ContentItem Target = Docs.Page("## 育秧准备\n\n### 播种 & \"覆膜\"\n", "shuidao", Section.Techniques);
    private static readonly ContentItem Draft = Docs.Page("草稿", "wip") with { Draft = true };
    private static readonly AssetSource Attachment = new("notices/申报指南.pdf", "/nowhere/申报指南.pdf");
    private static readonly AssetSource Picture = new("notices/图片.png", "/nowhere/图片.png");

    /// <summary>Every construct the site's Markdig pipeline writes, with characters each side escapes differently.</summary>
    public static TheoryData<string> Bodies => new()
    {
        "第一段，含 \"引号\" 和 'single' & 符号 < > 以及不换行\u00A0空格。\n\n第二段&nbsp;实体 &copy; &amp; &#8617; &lt;b&gt;",
        "郴州市科学技术局\\\n2026年11月16日\n\n行尾两个空格  \n换行",
        "## 一、准备\n\n### 选种\n\n#### 细节\n\n## 二、播种\n\n### [带链接](#一准备)的标题\n\n## \n\n## 育秧准备\n\n## 育秧准备",
        "### 先有三级\n\n## 再有二级\n\n### 三级\n",
        "## 二、时间\n\n| 项目 | 时间 |\n|:---|---:|\n| 启动 | 9:00 |\n| \"引\" & | `代码` |\n\n| 无标题 |\n|---|\n| 格 |\n",
        "#### 四级标题\n\n| a |\n|---|\n| b |\n\n## \n\n| c |\n|---|\n| d |\n",
        "+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n+-----+-----+\n",
        "正文[^1]和[^note]。\n\n[^1]: 第一条注释，见[技术](../techniques/shuidao.md)。\n[^note]: 第二条。\n\n另一段。",
        "- [ ] 待办\n- [x] 已办\n\n1. 一\n2. 二\n   - 嵌套\n     - 更深\n\n3. 松散\n\n   第二段\n",
        "术语\n:   解释一\n:   解释二\n\n另一个\n:   释义",
        "> 引用 **粗** *斜* ~~删~~ ~下~ ^上^ ++插++ ==标==\n>\n> > 嵌套引用\n\n---\n\n***\n",
        "```js\nif (a < b && c > \"d\") { }\n```\n\n    缩进代码 & <x>\n\n行内 `a < b && \"c\"` 代码",
        "[本站](../techniques/shuidao.md#育秧准备) [坏锚](../techniques/shuidao.md#不存在) [草稿](wip.md) [外面](../../../etc/passwd)\n\n[页内](#一准备) [页内坏](#没有) [空]() [附件](申报指南.pdf) [查询](申报指南.pdf?x=1#p) [文件夹](./) [不存在](nope.md)",
        "[政府网](https://www.gov.cn/ \"标题 \\\"引\\\" & <尖>\") <https://example.org/a?b=1&c=2> <mailto:a@b.cn> [电话](tel:0735-2800000) [协议相对](//cdn.example/x)",
        "![图 \"引\" & <尖>](图片.png \"题\") ![外图](https://x.example/a.png) ![坏图](没有.png) ![上级](../../../../x.png) ![空]()",
        "[坏](javascript:alert(1)) [大小写](JaVaScRiPt:alert(1)) ![数据](data:image/svg+xml;base64,PHN2Zz4=) [vb](vbscript:x)",
        "[![图](图片.png)](../techniques/shuidao.md) [**粗体链接** `码`](https://www.gov.cn/)",
        "[a [b](c)](d) [[x](y)] [x]: <> \n\n[ref][r]\n\n[r]: https://www.gov.cn/ \"t\"",
        "奇怪字符：\uD800 \uDFFF \u202E \u200B e\u0301 \uFEFF 👩‍🌾 𠀀𪚥 \t制表 \u3000全角空格 \u2028 \\ %E4%B8 [百分号](%E4%B8.md)",
        "回车\r\n换行\r\n\r\n空字符\0在中间",
        "水稻育秧\n技术要点，\n注意温度。\nEnglish words\nstay apart",
        "",
        "   \n\n  ",
        "- 列表项\n\n  | 表 |\n  |---|\n  | 格 |\n\n> ## 引用里的标题\n>\n> | 表 |\n> |---|\n> | 格 |",
        string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', 2 * i) + "- 层\n")),
        new string('>', 120) + " 深引用",
        new string('*', 300) + "强调" + new string('*', 300),
        string.Concat(Enumerable.Repeat("[", 80)) + "x" + string.Concat(Enumerable.Repeat("](y)", 80)),
        "第一句话说明活动的目的和意义，请各单位高度重视并认真组织。第二句话说明时间安排，活动定于十一月底在华塘镇举行。第三句话说明报名方式和联系人电话，以及其他需要注意的事项。",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void BodiesWithoutRawHtmlComeOutAsFromTheDom(string body) => AssertSamePaths(body);

    [Fact]
    public void MarkdigMarkupOfEveryDayBodiesIsReadWithoutTheDom()
    {
        var body = "## 一、准备\n\n正文 \"引\" & [链接](../techniques/shuidao.md)\\\n第二行[^1]。\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n- [x] 任务\n\n术语\n:   解释\n\n![图](图片.png)\n\n```\ncode\n```\n\n[^1]: 注释";
        var rendered = MarkdownRenderer.Render(Docs.Page(body));
        Assert.NotNull(MarkdigMarkup.Read(rendered.Html));
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<p><div>")]
    [InlineData("<table><tr><td>x</td></tr></table>")]
    [InlineData("<a href=\"x\"><a href=\"y\">z</a></a>")]
    [InlineData("<p>\r</p>")]
    [InlineData("<p>&copy;</p>")]
    [InlineData("<div />")]
    [InlineData("<p id=\"a\" id=\"b\">x</p>")]
    [InlineData("<table>\n<col style=\"width:50%\" />\n<tbody>\n<tr>\n<td>x</td>\n</tr>\n</tbody>\n</table>")]
    [InlineData("<pre>\nx</pre>")]
    [InlineData("<P>x</P>")]
    public void MarkupAParserWouldReshapeIsLeftToTheDom(string html) => Assert.Null(MarkdigMarkup.Read(html));

    [Fact]
    public void GeneratedBodiesComeOutAsFromTheDom()
    {
        var piece = Gen.OneOf<string>(
            FuzzText.Line,
            FuzzText.Line.Select(l => "## " + l),
            FuzzText.Line.Select(l => "### " + l),
            FuzzText.Line.Select(l => "- " + l),
            FuzzText.Line.Select(l => "> " + l),
            FuzzText.Line.Select(l => $"| {l} | x |\n|---|---|\n| {l} | y |"),
            FuzzText.Line.Select(l => $"[{l}](../techniques/shuidao.md#{l})"),
            FuzzText.Line.Select(l => $"![{l}](图片.png \"{l}\")"),
            FuzzText.Line.Select(l => $"`{l}` **{l}** ~~{l}~~ [^1]"),
            FuzzText.Consts("[^1]: 注释", "```\n\"x\" & <y>\n```", "---", "1. 一", "- [ ] 任务", "术语\n:   解释", "  - 嵌套", "[外](https://a.example/?q=1&r=\"2\")",
                "<https://example.org/a,b>", "[坏](javascript:alert(1))", "[空]()", "[锚](#不存在)", "\\", "+---+\n| a |\n+===+\n| 1 |\n+---+"));
        var bodies = piece.Array[0, 12].Select(parts => string.Join("\n\n", parts) + "\n");
        var (cases, read) = (0, 0);
        FuzzRun.Check(bodies, body =>
        {
            AssertSamePaths(body);
            cases++;
            read += MarkdigMarkup.Read(MarkdownRenderer.Render(Docs.Page(body)).Html) is null ? 0 : 1;
        }, output, "markdig path", iterations: 300);

        // The comparison is only worth something if most generated bodies do take the path without a DOM.
        output.WriteLine($"  {read} of {cases} bodies read without the DOM");
        Assert.True(read * 2 > cases, $"only {read} of {cases} generated bodies took the Markdig path");
    }

    [Fact]
    public void FuzzedBodiesComeOutAsFromTheDom() => FuzzRun.Check(MarkdownGen.Body, AssertSamePaths, output, "markdig path, fuzz bodies", iterations: 100);

    private static void AssertSamePaths(string body)
    {
        var item = Docs.Page(body, bodyLine: 7);
        var rendered = new[] { item, Target, Draft }.Select(MarkdownRenderer.Render).ToList();
        var targets = new LinkTargets(rendered, [Attachment, Picture], Now);
        var (fastBag, domBag) = (new DiagnosticBag(), new DiagnosticBag());
        var (fastLookups, domLookups) = (new List<string>(), new List<string>());
        var fast = HtmlPostProcessor.Process(rendered[0], targets, Now, fastBag, new ListSet(fastLookups));
        var dom = HtmlPostProcessor.ProcessWithDom(rendered[0], targets, Now, domBag, new ListSet(domLookups));
        Assert.Equal(dom.Html, fast.Html);
        Assert.Equal(Flatten(dom.Toc), Flatten(fast.Toc));
        Assert.Equal(dom.Excerpt, fast.Excerpt);
        Assert.Equal(dom.CharacterCount, fast.CharacterCount);
        Assert.Equal(dom.ReadingMinutes, fast.ReadingMinutes);
        Assert.Equal(dom.SearchText, fast.SearchText);
        Assert.Equal(dom.State, fast.State);
        Assert.Equal(domBag.Sorted().Select(d => d.ToString()), fastBag.Sorted().Select(d => d.ToString()));
        Assert.Equal(domLookups, fastLookups);
    }

    private static List<string> Flatten(IReadOnlyList<TocEntry> toc) =>
        [.. toc.SelectMany(t => new[] { $"{t.Level} {t.Id} {t.Text}" }.Concat(Flatten(t.Children).Select(c => "  " + c)))];

    /// <summary>Keeps lookups in the order they were made, so the two paths are compared call by call.</summary>
    private sealed class ListSet(List<string> list) : HashSet<string>, ISet<string>
    {
        bool ISet<string>.Add(string item)
        {
            list.Add(item);
            return Add(item);
        }
    }
}
