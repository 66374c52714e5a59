using System.Diagnostics;
using Portal.Tests.Browser;
using Portal.Tests.Support;

namespace Portal.Tests.Posters;

/// <summary>The real <c>portal poster</c>, <c>posters</c> and <c>bulletin</c> programs: arguments, messages, files written.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PosterCliTests
{
    private static readonly string[] Sample = ["--input", Repo.Path("input"), "--theme", Repo.Path("theme"), "--now", "2026-11-23T10:00"];

    [Fact]
    public void Poster_writes_a_one_page_pdf_where_output_says()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = Portal(temp.Path, null, ["poster", "techniques/danji-dongji-siyang-guanli", "--size", "a3", "--output", "out/jidan.pdf", .. Sample]);
        Assert.True(exit == 0, stdout + stderr);
        var pdf = temp.Combine("out", "jidan.pdf");
        Assert.Contains("已生成 A3 海报", stdout, StringComparison.Ordinal);
        var info = Tools.Run("pdfinfo", pdf);
        Assert.Matches("(?m)^Pages:\\s+1$", info);
        // The one poster page printed at the size asked for: A3 is 297 × 420 mm, 842 × 1191 points.
        Assert.Matches("Page size:\\s+84[12](\\.\\d+)? x 119[01](\\.\\d+)?", info);
        Assert.Contains("蛋鸡冬季饲养管理要点", Tools.Run("pdftotext", pdf, "-"), StringComparison.Ordinal);
        Assert.Equal(["jidan.pdf"], Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void Bulletin_writes_html_and_pdf_for_the_date()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = Portal(temp.Path, null, ["bulletin", "--date", "2026-11-23", "--input", Repo.Path("input"), "--theme", Repo.Path("theme")]);
        Assert.True(exit == 0, stdout + stderr);
        var pdf = temp.Combine("bulletin-2026-11-23-a3.pdf");
        Assert.Matches("(?m)^Pages:\\s+1$", Tools.Run("pdfinfo", pdf));
        var html = File.ReadAllText(temp.Combine("bulletin-2026-11-23-a3.html"));
        Assert.Contains("第48期", html, StringComparison.Ordinal);
        Assert.Contains("科普大篷车", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_chromium_is_explained_in_chinese_with_the_install_command()
    {
        using var temp = new TempDir();
        var (exit, _, stderr) = Portal(temp.Path, "/nonexistent/chromium", ["poster", "notices/keji-huodongzhou-2026", .. Sample]);
        Assert.Equal(2, exit);
        Assert.Contains("找不到 Chromium", stderr, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium fonts-noto-cjk", stderr, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/chromium", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("pages/about", "不是有效的海报目标")]
    [InlineData("notices/no-such-notice", "没有 notices/no-such-notice 的海报")]
    [InlineData("notices/qianming-keji-renyuan-xiajiceng-2013", "只有已发布、未过期、未撤销")]
    public void Wrong_targets_are_explained(string target, string message)
    {
        using var temp = new TempDir();
        var (exit, _, stderr) = Portal(temp.Path, null, ["poster", target, .. Sample]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Posters_needs_all()
    {
        using var temp = new TempDir();
        var (exit, _, stderr) = Portal(temp.Path, null, ["posters", .. Sample]);
        Assert.Equal(2, exit);
        Assert.Contains("--all", stderr, StringComparison.Ordinal);
    }

    private static (int Exit, string Out, string Err) Portal(string workingDirectory, string? chromium, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(PortalProcess.Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["PORTAL_CHROMIUM"] = chromium ?? BrowserFixture.ChromiumPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("portal " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
