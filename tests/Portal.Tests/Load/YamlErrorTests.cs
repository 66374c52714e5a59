using Portal.Diagnostics;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Load;

/// <summary>Every way YamlDotNet can fail is PORTAL003 at file:line:col with a Chinese hint, never an exception.</summary>
public class YamlErrorTests
{
    [Theory]
    [InlineData("title: [x", 2, 8, "方括号 [ 没有配对的 ]")]
    [InlineData("title: [x\ndate: 2026-01-01", 2, 8, "方括号 [ 没有配对的 ]")]
    [InlineData("title: 标题\ntags: [a, b\ndate: 2026-01-01\nsummary: s", 3, 7, "方括号 [ 没有配对的 ]")]
    [InlineData("title: 标题\nexpert: {name: x", 3, 9, "花括号 { 没有配对的 }")]
    [InlineData("title: 标题\nexpert: {name: x\ndate: 1", 3, 9, "花括号 { 没有配对的 }")]
    [InlineData("title: {x: [y", 2, 12, "方括号 [ 没有配对的 ]")]
    [InlineData("title: \"abc", 2, 8, "引号没有闭合")]
    [InlineData("title: a\ntitle: b", 3, 1, "同一个键写了两次")]
    [InlineData("title: *重要*通知", 2, 1, "引用")]
    [InlineData("title: \"a\\q\"", 2, 8, "反斜杠")]
    [InlineData("title: @张三", 2, 8, "特殊字符")]
    [InlineData("title: ]", 2, 8, "多了 ]")]
    public void BrokenFrontMatterIsOneErrorAtItsPlace(string yaml, int line, int column, string hint)
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split($"---\n{yaml}\n---\n正文\n", "x.md", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal(new SourceSpan("x.md", line, column), d.Location);
        Assert.Contains(hint, d.Message);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.ParseMapping("a: " + new string('[', 200_000) + new string(']', 200_000), "x.md", 1, bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Contains("嵌套超过", d.Message);
    }

    [Fact]
    public void HalfTypedListInADocumentFailsTheBuildWithFileAndLine()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: [x\ndate: 2026-01-01\n---\n正文\n");
        var report = site.Check();
        var d = report.Single(DiagnosticCodes.YamlSyntax);
        Assert.Equal((2, 8), (d.Location.Line, d.Location.Column));
        Assert.EndsWith("notices/a.md", d.Location.File);
    }

    [Fact]
    public void HalfTypedListInSiteYmlIsAnErrorInSiteYml()
    {
        using var site = new MiniSite("title: 小站\ncategories: [种植, 养殖\nissuer: 局\n");
        var d = site.Check().Single(DiagnosticCodes.YamlSyntax);
        Assert.EndsWith("site.yml", d.Location.File);
        Assert.Equal((2, 13), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void HalfTypedMappingInALabelFileIsAnErrorInThatFile()
    {
        using var site = new MiniSite().With("_theme/i18n/zh-CN.yml", "home: 首页\nnotices: {x: 通知\nmore: 更多\n");
        var d = site.Check().Single(DiagnosticCodes.YamlSyntax);
        Assert.EndsWith("_theme/i18n/zh-CN.yml", d.Location.File);
        Assert.Equal(2, d.Location.Line);
    }
}
