using CsCheck;

namespace Portal.Tests.Fuzz;

/// <summary>Markdown bodies: deep nesting, huge tables, raw HTML, links anywhere, odd Unicode.</summary>
public static class MarkdownGen
{
    private static readonly Gen<string> Link = FuzzText.Consts(
        "[链接](../notices/doc.md)", "[附件](申报指南.pdf)", "[锚点](#不存在)", "[坏](javascript:alert(1))", "![图](图片.png)", "![外](https://x.example/a.png)",
        "[空]()", "[百分号](%E4%B8.md)", "<https://example.org/a,b>", "[上级](../../../../x.md)", "[文件夹](./)", "[^1]", "[^1]: 注释");

    private static readonly Gen<string> Html = FuzzText.Consts(
        "<script>alert(1)</script>", "<div onclick=\"x()\">点</div>", "<a href=\"javascript:x\">a</a>", "<img src=x onerror=y>", "<div>",
        "</div>", "<table><tr><td>", "<!-- 注释", "<style>body{}</style>", "<iframe src=//x>", "<p style=\"color:red;position:fixed\">红</p>", "<svg><g>");

    private static readonly Gen<string> Block = Gen.OneOf<string>(
        FuzzText.Line,
        FuzzText.Line.Select(l => "## " + l),
        Link,
        Html,
        FuzzText.Consts("```", "~~~", "    代码", "---", "***", "* * *", "- [ ] 任务", "1. 一", "> 引", "| a |", "|---|", "+ x", "**粗*", "~~删", "$$"),
        Gen.Int[1, 400].Select(n => new string('>', n) + " 引用"),
        Gen.Int[1, 200].Select(n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- 层\n"))),
        Gen.Int[1, 2000].Select(n => string.Concat(Enumerable.Repeat("<div>", n))),
        Gen.Int[1, 500].Select(n => new string('*', n) + "强调" + new string('*', n)),
        Gen.Int[1, 300].Select(n => string.Concat(Enumerable.Repeat("[", n)) + "x" + string.Concat(Enumerable.Repeat("](y)", n))),
        Gen.Select(Gen.Int[1, 60], Gen.Int[1, 300]).Select((cols, rows) => Table(cols, rows)));

    public static readonly Gen<string> Body = Block.Array[0, 10].Select(blocks => string.Join("\n\n", blocks) + "\n");

    private static string Table(int cols, int rows)
    {
        var head = "|" + string.Concat(Enumerable.Range(0, cols).Select(c => $" 列{c} |"));
        var rule = "|" + string.Concat(Enumerable.Repeat("---|", cols));
        var row = "|" + string.Concat(Enumerable.Repeat(" 格 |", cols));
        return string.Join('\n', new[] { head, rule }.Concat(Enumerable.Repeat(row, rows)));
    }
}
