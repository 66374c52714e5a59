using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Markdown;

/// <summary>Bodies past Markdig's depth limit are content errors at the line that goes too deep, not crashes.</summary>
public class MarkdownLimitTests
{
    private const string Head = "---\ntitle: 标题\ndate: 2026-01-01\n---\n";

    [Fact]
    public void TwentyThousandQuoteMarksAreAnErrorAtTheirLine()
    {
        using var site = new MiniSite().With("notices/a.md", Head + "第一段。\n\n" + new string('>', 20_000) + " 引用\n");
        var d = site.Build().Single(DiagnosticCodes.MarkdownTooDeep);
        Assert.EndsWith("notices/a.md", d.Location.File);
        Assert.Equal(7, d.Location.Line);
        Assert.Contains("嵌套", d.Message);
    }

    [Fact]
    public void DeeplyNestedListsAreAnErrorAtTheLineThatGoesTooDeep()
    {
        var list = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- 第" + i + "层\n"));
        using var site = new MiniSite().With("notices/a.md", Head + list);
        var d = site.Build().Single(DiagnosticCodes.MarkdownTooDeep);
        Assert.InRange(d.Location.Line, 6, 5 + 300);
    }

    [Fact]
    public void TooDeepBodyWithTypographyFindingsIsStillOneError()
    {
        // The typography check parses bodies with findings too (a,b between Han characters).
        using var site = new MiniSite().With("notices/a.md", Head + "中文,中文\n\n" + new string('>', 20_000) + "\n");
        var report = site.Check();
        Assert.Equal(DiagnosticCodes.MarkdownTooDeep, Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error).Code);
    }

    [Fact]
    public void DeeplyNestedRawHtmlDoesNotCrashTheBuild()
    {
        using var site = new MiniSite().With("notices/a.md", Head + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "x\n");
        var report = site.Build();
        Assert.All(report.Diagnostics, d => Assert.True(d.Location.Line > 0, d.ToString()));
    }
}
