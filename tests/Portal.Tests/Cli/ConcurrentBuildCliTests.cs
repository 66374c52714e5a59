using Portal.Output;
using Portal.Tests.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Cli;

public sealed class ConcurrentBuildCliTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public async Task TwoPortalProcessesIntoOneFolderLeaveOneCompleteBuild()
    {
        var output = _temp.Combine("output");
        var runs = await Task.WhenAll(new[] { "2026-11-23", "2026-11-24" }
            .Select(now => Task.Run(() => PortalProcess.Run(Repo.Root, "build", "--output", output, "--now", now))));

        foreach (var (exit, stdout, stderr) in runs)
        {
            // Both succeed one after the other, or the second gave up waiting and said why.
            Assert.True(exit == 0 || (exit == 1 && stdout.Contains("正被另一个 portal 构建或预览写入")), $"exit {exit}\n{stdout}\n{stderr}");
            Assert.DoesNotContain("   at ", stdout + stderr);
        }

        OutputAssert.IsOneCompleteBuild(output);
        OutputAssert.NothingLeftBeside(output);
    }

    [Fact]
    public void ABuildThatCannotGetTheLockExitsOneNamingTheFolder()
    {
        using var site = new MiniSite().With("notices/a.md", "---\ntitle: 通知\ndate: 2026-01-01\n---\n正文。");
        using var held = OutputLock.Acquire(OutputFolder.For(site.Output)!, TimeSpan.Zero, out _);
        Assert.NotNull(held);

        var (exit, stdout, stderr) = PortalProcess.RunWith(
            new Dictionary<string, string> { ["PORTAL_OUTPUT_LOCK_WAIT"] = "1" },
            Repo.Root,
            "build", "--input", site.Input, "--output", site.Output, "--now", "2026-11-23");

        Assert.True(exit == 1, stdout + stderr);
        Assert.Contains($"输出目录 {site.Output} 正被另一个 portal 构建或预览写入", stdout + stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    public void Dispose() => _temp.Dispose();
}
