using System.Text;
using Portal.Cli;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

/// <summary>The README's contract: 0 ok, 1 content errors with file:line, 2 arguments, 3 internal — one line, no stack trace.</summary>
public class ExitCodeTests
{
    private const string Head = "---\ntitle: 标题\ndate: 2026-01-01\n";

    [Theory]
    [InlineData("check", "notices/a.md", "---\ntitle: [x\ndate: 2026-01-01\n---\n正文\n", "notices/a.md:2:8: 错误 PORTAL003")]
    [InlineData("build", "notices/a.md", "---\ntitle: 标题\ntags: [a, b\ndate: 2026-01-01\n---\n正文\n", "notices/a.md:3:7: 错误 PORTAL003")]
    [InlineData("check", "techniques/a.md", "---\ntitle: 标题\ndate: 2026-01-01\nexpert: {name: x\n---\n正文\n", "techniques/a.md:4:9: 错误 PORTAL003")]
    [InlineData("build", "notices/a.md", Head + "---\n\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> x\n", "notices/a.md:6: 错误 PORTAL024")]
    [InlineData("build", "notices/a/index.md", Head + "attachments:\n  - file: 申报指南.pdf\n---\n正文\n", "notices/a/index.md:5:3: 错误 PORTAL013")]
    public void ContentThatUsedToCrashExitsOneWithFileAndLine(string command, string file, string text, string expected)
    {
        using var site = new MiniSite().With(file, text);
        var (exit, stdout, stderr) = Run(site, command);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(expected, stdout);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.DoesNotContain("Exception", stdout + stderr);
    }

    [Fact]
    public void AnInternalErrorIsOneChineseLineNamingTheFile()
    {
        // A file name that is not UTF-8 (from an old Windows zip) cannot be opened under the name .NET decodes.
        using var site = new MiniSite();
        var broken = Encoding.UTF8.GetBytes(Path.Combine(site.Input, "notices") + "/").Concat(new byte[] { 0xFF, 0xFE, 0x2E, 0x6D, 0x64 }).ToArray();
        Directory.CreateDirectory(Path.Combine(site.Input, "notices"));
        Native.CreateFile(broken);
        var (exit, stdout, stderr) = Run(site, "check");
        Assert.Equal(ExitCodes.Unexpected, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("内部错误", line);
        Assert.Contains("notices/", line);
        Assert.Contains("--verbose", line);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void VerboseOrTheVariableShowsTheDetails(bool flag, bool variable)
    {
        using var site = new MiniSite();
        var broken = Encoding.UTF8.GetBytes(Path.Combine(site.Input, "notices") + "/").Concat(new byte[] { 0xFF, 0xFE, 0x2E, 0x6D, 0x64 }).ToArray();
        Directory.CreateDirectory(Path.Combine(site.Input, "notices"));
        Native.CreateFile(broken);
        var env = variable ? new Dictionary<string, string> { [InternalError.VerboseVariable] = "1" } : [];
        string[] args = ["check", "--input", site.Input, "--theme", Repo.Path("theme"), .. flag ? new[] { "--verbose" } : []];
        var (exit, _, stderr) = PortalProcess.RunWith(env, Repo.Root, args);
        Assert.Equal(ExitCodes.Unexpected, exit);
        Assert.Contains("内部错误", stderr);
        Assert.Contains("   at ", stderr);
    }

    [Fact]
    public void TheDocumentsBuildExceptionIsFoundInsideTheParallelStagesAggregate()
    {
        var inner = new BuildException("input/notices/x.md", new KeyNotFoundException("k"));
        var e = InternalError.Unwrap(new AggregateException(new AggregateException(new InvalidOperationException("other"), inner)));
        Assert.Same(inner, e);
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Unexpected, InternalError.Report(new AggregateException(inner), verbose: false, error));
        Assert.Equal("处理 input/notices/x.md 时发生内部错误：k（这是程序的问题，不是内容的问题；加 --verbose 可查看详细信息）", error.ToString().TrimEnd());
    }

    private static (int Exit, string Out, string Err) Run(MiniSite site, string command) => command == "build"
        ? PortalProcess.Run(Repo.Root, "build", "--input", site.Input, "--theme", Repo.Path("theme"), "--output", site.Output, "--now", "2026-11-23")
        : PortalProcess.Run(Repo.Root, "check", "--input", site.Input, "--theme", Repo.Path("theme"), "--now", "2026-11-23");

    /// <summary>.NET cannot create a file whose name is not valid UTF-8; libc can.</summary>
    private static class Native
    {
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        private static extern int creat(byte[] path, int mode);

        [System.Runtime.InteropServices.DllImport("libc")]
        private static extern int close(int fd);

        public static void CreateFile(byte[] path)
        {
            var fd = creat([.. path, 0], Convert.ToInt32("644", 8));
            Assert.True(fd >= 0, "creat failed");
            close(fd);
        }
    }
}
