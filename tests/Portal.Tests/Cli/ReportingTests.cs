using System.Text.Json;
using Portal.Cli.Reporting;
using Portal.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public class ReportingTests
{
    /// <summary>Every severity, a location with and without line and column, and characters each format must escape.</summary>
    private static readonly BuildReport Report = new(
        [
            new(Severity.Error, "PORTAL001", new SourceSpan("input/notices/gbk.md", 1, 1), "文件不是 UTF-8 编码，看起来是 GBK/GB18030。"),
            new(Severity.Error, "PORTAL019", new SourceSpan("input/site.yml"), "site.yml 配置错误"),
            new(Severity.Warning, "PORTAL040", new SourceSpan("input/notices/a,b:c.md", 7, 4), "中文句子中用了半角标点“,”，请改为全角“，”。"),
            new(Severity.Warning, "PORTAL020", new SourceSpan("input/pages/about.md", 12), "已移除 <script> | 100% 不安全\n第二行"),
            new(Severity.Info, "PORTAL044", new SourceSpan("input/notices/x.md", 4, 10), "通知的有效期到 2026-11-25（还有 2 天）。"),
        ],
        [],
        new Dictionary<string, int>(),
        0,
        null);

    [Fact]
    public void AnnotationsGolden()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        GitHubAnnotations.Write(Report.Diagnostics, writer);
        Golden.Matches("annotations.txt", writer.ToString());
    }

    [Theory]
    [InlineData("a%b\r\nc", "a%25b%0D%0Ac")]
    [InlineData("x: y, z", "x: y, z")]
    public void AnnotationMessagesEscapePercentAndNewlines(string message, string escaped) => Assert.Equal(escaped, GitHubAnnotations.EscapeData(message));

    [Fact]
    public void AnnotationPropertiesAlsoEscapeColonAndComma() => Assert.Equal("a%3Ab%2Cc%25", GitHubAnnotations.EscapeProperty("a:b,c%"));

    [Fact]
    public void JobSummaryGolden() => Golden.Matches("summary.md", StepSummary.Render(Report, CheckReporter.Title));

    [Fact]
    public void JobSummaryOfACleanCheck() =>
        Assert.Equal("### portal check：通过\n\n0 个错误，0 个警告，0 条提示。没有发现问题。\n\n", StepSummary.Render(new BuildReport([], [], new Dictionary<string, int>(), 0, null), CheckReporter.Title));

    [Fact]
    public void JsonGolden()
    {
        var json = DiagnosticJson.Render(Report);
        Golden.Matches("check.json", json);
        using var parsed = JsonDocument.Parse(json);
        Assert.False(parsed.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, parsed.RootElement.GetProperty("diagnostics")[1].GetProperty("line").ValueKind);
    }

    [Fact]
    public void InGitHubActionsCheckPrintsAnnotationsAndAppendsTheSummary()
    {
        using var temp = new TempDir();
        var summary = temp.Write("summary.md", "## earlier step\n");
        var env = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary };
        var (exit, stdout, _) = PortalProcess.RunWith(env, Repo.Path("tests", "fixtures"), "check", "--input", "gbk", "--theme", Repo.Path("theme"), "--now", "2026-11-23");
        Assert.Equal(1, exit);
        Assert.Contains("gbk/notices/gbk-tongzhi.md:1:1: 错误 PORTAL001: ", stdout); // the plain line stays for the log
        Assert.Contains("::error file=gbk/notices/gbk-tongzhi.md,line=1,col=1,title=PORTAL001::文件不是 UTF-8 编码，看起来是 GBK/GB18030", stdout);
        var written = File.ReadAllText(summary);
        Assert.StartsWith("## earlier step\n### portal check：未通过", written);
        Assert.Contains("| ❌ 错误 | `gbk/notices/gbk-tongzhi.md:1:1` | PORTAL001 |", written);
    }

    [Fact]
    public void OutsideGitHubActionsThereAreNoAnnotations()
    {
        var (_, stdout, _) = PortalProcess.Run(Repo.Path("tests", "fixtures"), "check", "--input", "gbk", "--theme", Repo.Path("theme"), "--now", "2026-11-23");
        Assert.DoesNotContain("::error", stdout);
    }

    [Fact]
    public void JsonFormatPrintsOnlyJson()
    {
        var (exit, stdout, _) = PortalProcess.Run(Repo.Path("tests", "fixtures"), "check", "--input", "broken", "--theme", Repo.Path("theme"), "--now", "2026-11-23", "--format", "json");
        Assert.Equal(1, exit);
        using var parsed = JsonDocument.Parse(stdout);
        var codes = parsed.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains("PORTAL006", codes);
        Assert.True(parsed.RootElement.GetProperty("errors").GetInt32() > 0);
    }
}
