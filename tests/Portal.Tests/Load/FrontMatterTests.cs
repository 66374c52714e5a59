using Portal.Diagnostics;
using Portal.Load;

namespace Portal.Tests.Load;

public class FrontMatterTests
{
    [Fact]
    public void SplitsYamlFromBodyAndKnowsWhereTheBodyStarts()
    {
        var bag = new DiagnosticBag();
        var fm = FrontMatter.Split("---\ntitle: 标题\ndate: 2026-01-01\n---\n正文第一行\n", "x.md", bag);
        Assert.NotNull(fm);
        Assert.Equal(5, fm.BodyLine);
        Assert.StartsWith("正文第一行", fm.Body);
        Assert.Equal(2, fm.Yaml.Children.Count);
    }

    [Fact]
    public void MissingFrontMatterIsAnErrorAtLineOne()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("# 标题\n正文", "x.md", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, d.Code);
        Assert.Equal(1, d.Location.Line);
    }

    [Fact]
    public void UnterminatedFrontMatterIsAnError()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("---\ntitle: x\n正文", "x.md", bag));
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void YamlSyntaxErrorPointsAtTheLineInTheFile()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("---\ntitle: 标题\ndate: 2026-01-01\ntags: [a, b\n---\n", "x.md", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.InRange(d.Location.Line, 4, 6);
        Assert.Contains("YAML 语法错误", d.Message);
    }
}
