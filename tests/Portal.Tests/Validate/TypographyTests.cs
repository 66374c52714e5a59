using Portal.Diagnostics;
using Portal.Tests.Editors;
using Portal.Tests.Support;
using Portal.Validate;

namespace Portal.Tests.Validate;

public class TypographyTests
{
    [Theory]
    [InlineData("水稻,小麦和玉米", 2, "，")]
    [InlineData("注意:本通知自发布之日起施行", 2, "：")]
    [InlineData("请各乡镇做好准备;确保按时完成", 8, "；")]
    [InlineData("您参加吗?请回复", 4, "？")]
    [InlineData("注意安全!不要下田", 4, "！")]
    [InlineData("水稻, 小麦", 2, "，")]
    public void HalfWidthPunctuationBetweenHanIsFlaggedAtTheMark(string text, int index, string fix)
    {
        var finding = Assert.Single(ChineseTypography.Scan(text));
        Assert.Equal(DiagnosticCodes.HalfWidthPunctuation, finding.Code);
        Assert.Equal(index, finding.Index);
        Assert.Contains(fix, finding.Message);
    }

    [Theory]
    [InlineData("由县科技局(简称县局)负责", 5)]
    [InlineData("(一)活动时间", 0)]
    public void HalfWidthParenthesesAroundChineseAreFlagged(string text, int index)
    {
        var finding = Assert.Single(ChineseTypography.Scan(text));
        Assert.Equal(index, finding.Index);
        Assert.Contains("（", finding.Message);
    }

    [Theory]
    [InlineData("上午9:00开始")]
    [InlineData("电话:0735-2800000")]
    [InlineData("Hello, world: fine (really)!")]
    [InlineData("上午(9:00)集合")]
    [InlineData("水稻，小麦：玉米（秋粮）")]
    [InlineData("见郴科发〔2013〕12号文件")]
    public void CorrectOrNonChineseTextPasses(string text) => Assert.Empty(ChineseTypography.Scan(text));

    [Theory]
    [InlineData("郴科发[2013]12号", "〔")]
    [InlineData("郴科发【2013】12号", "〔")]
    [InlineData("郴科发（2013）12号", "〔")]
    public void DocumentNumbersWantHexagonalBrackets(string docNo, string fix)
    {
        var finding = Assert.Single(ChineseTypography.ScanDocNo(docNo));
        Assert.Equal(DiagnosticCodes.DocNoBrackets, finding.Code);
        Assert.Equal(3, finding.Index);
        Assert.Contains("郴科发〔2013〕12号", finding.Message);
        Assert.Contains(fix, finding.Message);
    }

    [Fact]
    public void MixedFullAndHalfWidthDigitsInADocumentNumberAreFlagged()
    {
        var finding = Assert.Single(ChineseTypography.ScanDocNo("郴科发〔２０13〕12号"));
        Assert.Equal(DiagnosticCodes.DocNoMixedDigits, finding.Code);
        Assert.Contains("郴科发〔2013〕12号", finding.Message);
        Assert.Empty(ChineseTypography.ScanDocNo("郴科发〔2013〕12号"));
    }

    [Fact]
    public void DocumentNumbersInRunningTextAreFound()
    {
        var codes = ChineseTypography.Scan("根据湘政办发[2012]26号和郴科发〔２０13〕12号的要求").Select(f => f.Code).ToList();
        Assert.Equal([DiagnosticCodes.DocNoBrackets, DiagnosticCodes.DocNoMixedDigits], codes);
    }

    [Fact]
    public void BodyWarningsCarryFileLineAndColumnAndSkipCodeUrlsAndKeys()
    {
        using var site = new MiniSite().With("notices/a.md", """
            ---
            title: 关于开展培训的通知
            date: 2026-11-01
            tags: [培训]
            ---

            各乡镇:请做好准备。

            `水稻,小麦` 在代码里不算。

            ```
            水稻,小麦
            ```

            见 [网址](https://example.org/水稻,小麦) 和 https://example.org/?q=水稻,小麦 。

            <span title="水稻,小麦">HTML</span>

            依据郴科发[2013]12号执行。
            """);
        var report = site.Check();
        report.NoErrors();
        var warnings = report.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => $"{site.Where(d)} {d.Code}").ToList();
        Assert.Equal(["input/notices/a.md:7:4 PORTAL040", "input/notices/a.md:19:6 PORTAL041"], warnings);
    }

    [Fact]
    public void FrontMatterValuesAreCheckedAtTheirColumn()
    {
        using var site = new MiniSite().With("notices/a.md", """
            ---
            title: 关于开展培训的通知,请参加
            date: 2026-11-01
            doc_no: 郴科发[2026]3号
            ---

            正文。
            """);
        var report = site.Check();
        Assert.Equal("input/notices/a.md:2:17", site.Where(report.Single(DiagnosticCodes.HalfWidthPunctuation)));
        Assert.Equal("input/notices/a.md:4:12", site.Where(report.Single(DiagnosticCodes.DocNoBrackets)));
    }

    [Fact]
    public void TypographyCanBeTurnedOff()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-11-01\n---\n\n各乡镇:请做好准备。\n");
        Assert.Single(site.Check().Diagnostics, d => d.Code == DiagnosticCodes.HalfWidthPunctuation);
        var quiet = SiteBuilder.Build(new BuildOptions(Portal.Load.BuildPaths.From(site.Input, Repo.Path("theme"), site.Output)) { Now = SiteBuild.FixedNow, WriteOutput = false, Typography = false });
        Assert.Empty(quiet.Diagnostics);
    }

    [Fact]
    public void TheSampleContentHasNoTypographyWarnings()
    {
        using var build = new SiteBuild(Repo.Path("input"), write: false);
        string[] codes = [DiagnosticCodes.HalfWidthPunctuation, DiagnosticCodes.DocNoBrackets, DiagnosticCodes.DocNoMixedDigits];
        Assert.DoesNotContain(build.Report.Diagnostics, d => codes.Contains(d.Code));
    }
}
