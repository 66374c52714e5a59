using System.Text.RegularExpressions;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public class CliTests
{
    [Fact]
    public void CheckOnABrokenSiteExitsOneWithFileLineDiagnostics()
    {
        var (exit, stdout, _) = PortalProcess.Run(Repo.Path("tests", "fixtures"), "check", "--input", "broken", "--theme", Repo.Path("theme"), "--now", "2026-11-23");
        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"^broken/notices/bad-date\.md:3:7: 错误 PORTAL006: ", RegexOptions.Multiline), stdout);
        Assert.Matches(new Regex(@"^broken/notices/bad-date\.md:4:1: 警告 PORTAL007: .*expires", RegexOptions.Multiline), stdout);
        Assert.Matches(new Regex(@"^broken/notices/dup\.md:\d+: 错误 PORTAL021: ", RegexOptions.Multiline), stdout);
        Assert.Contains("检查失败", stdout);
        Assert.DoesNotContain("   at ", stdout); // no stack trace
    }

    [Fact]
    public void BuildOfTheSampleSiteSucceedsAndSummarises()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = PortalProcess.Run(Repo.Root, "build", "--output", temp.Combine("out"), "--now", "2026-11-23", "--verbose");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("构建成功", stdout);
        Assert.Contains("通知公告", stdout);
        Assert.Contains("markdown", stdout); // per-stage timings with --verbose
        Assert.True(File.Exists(temp.Combine("out", "index.html")));
    }

    [Theory]
    [InlineData("build", "--now", "明天")]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    public void BadArgumentsExitTwo(params string[] args)
    {
        var (exit, _, stderr) = PortalProcess.Run(Repo.Root, args);
        Assert.Equal(2, exit);
        Assert.Contains("参数错误", stderr);
    }

    [Fact]
    public void MissingInputFolderExitsTwoWithAChineseMessage()
    {
        var (exit, _, stderr) = PortalProcess.Run(Repo.Root, "check", "--input", "no-such-folder");
        Assert.Equal(2, exit);
        Assert.Contains("找不到内容目录 no-such-folder", stderr);
    }

    [Theory]
    [InlineData("input/out")]
    [InlineData(".")]
    public void OutputMayNotOverlapTheInput(string output)
    {
        var (exit, _, stderr) = PortalProcess.Run(Repo.Root, "build", "--output", output);
        Assert.Equal(2, exit);
        Assert.Contains("输出目录不能与内容目录或主题目录重叠", stderr);
        Assert.False(Directory.Exists(Repo.Path("input", "out")));
    }

    [Fact]
    public void HelpIsChinese()
    {
        var (exit, stdout, _) = PortalProcess.Run(Repo.Root, "build", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("构建网站", stdout);
        Assert.Contains("--now", stdout);
    }

    [Fact]
    public void AnUnexpectedFailureNamesTheFile()
    {
        var e = Assert.Throws<BuildException>(() => BuildException.For<int>("input/notices/x.md", () => throw new InvalidOperationException("坏了")));
        Assert.Equal("input/notices/x.md", e.File);
        Assert.Contains("处理 input/notices/x.md 时发生内部错误", e.Message);
    }
}
