using System.IO.Compression;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk;

/// <summary>The real portal program: pack, sync from a zip and a URL, rollback, and its exit codes.</summary>
public class SyncCliTests
{
    [Fact]
    public async Task PackSyncAndRollbackWithTheRealProgram()
    {
        using var sites = new KioskSites();
        var work = sites.Combine();

        var (exit, stdout, stderr) = PortalProcess.Run(work, "pack", "a", "--output", "a.zip");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("已打包 a → a.zip", stdout);
        Assert.Contains("构建编号 build-a", stdout);
        Assert.Contains("配置 huatang", stdout);

        (exit, stdout, stderr) = PortalProcess.Run(work, "pack", "b");
        Assert.True(exit == 0, stdout + stderr);
        Assert.True(File.Exists(sites.Combine("b.zip")));

        (exit, stdout, stderr) = PortalProcess.Run(work, "sync", "a.zip", "kiosk/site");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("更新完成", stdout);
        KioskSites.AssertServes(sites.Target, sites.A);

        await using (var server = await KioskTestServer.StartAsync(sites.Publish(sites.B, "web")))
        {
            (exit, stdout, stderr) = PortalProcess.Run(work, "sync", server.BaseUrl.AbsoluteUri, "kiosk/site");
            Assert.True(exit == 0, stdout + stderr);
            Assert.Contains($"需下载 {KioskSites.ChangedInB} 个", stdout);
            Assert.Contains("上一版本 build-a 已保留", stdout);
            Assert.Equal(KioskSites.ChangedInB, server.FileRequests.Count());
        }

        KioskSites.AssertServes(sites.Target, sites.B);

        (exit, stdout, stderr) = PortalProcess.Run(work, "sync", "b.zip", "kiosk/site");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("已是最新版本", stdout);

        (exit, stdout, stderr) = PortalProcess.Run(work, "sync", "--rollback", "kiosk/site");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("已回退", stdout);
        Assert.Contains("build-a", stdout);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Fact]
    public void SyncAndRollbackWithSwitchRenameKeepAPlainFolder()
    {
        using var sites = new KioskSites();
        var work = sites.Combine();
        Assert.Equal(0, PortalProcess.Run(work, "pack", "a").Exit);
        Assert.Equal(0, PortalProcess.Run(work, "pack", "b").Exit);

        var (exit, stdout, stderr) = PortalProcess.Run(work, "sync", "a.zip", "kiosk/site", "--switch", "rename");
        Assert.True(exit == 0, stdout + stderr);
        (exit, stdout, stderr) = PortalProcess.Run(work, "sync", "b.zip", "kiosk/site", "--switch", "rename");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("portal sync --rollback kiosk/site --switch rename 回退", stdout); // not this system's default: the hint repeats it
        Assert.Null(new FileInfo(sites.Target).LinkTarget);
        KioskSites.AssertServes(sites.Target, sites.B);

        (exit, stdout, stderr) = PortalProcess.Run(work, "sync", "--rollback", "kiosk/site", "--switch", "rename");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("已回退", stdout);
        Assert.Null(new FileInfo(sites.Target).LinkTarget);
        KioskSites.AssertServes(sites.Target, sites.A);

        (exit, stdout, _) = PortalProcess.Run(work, "sync", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--switch", stdout);
        Assert.Contains("Windows 默认", stdout);
    }

    [Fact]
    public void Pack_kiosk_builds_that_kiosk_and_packs_it_without_touching_output()
    {
        using var sites = new KioskSites();
        var work = sites.Combine();

        var (exit, stdout, stderr) = PortalProcess.Run(work, "pack", "--kiosk", "huatang", "--input", Repo.Path("input"), "--theme", Repo.Path("theme"), "--now", "2026-11-23", "--output", "huatang.zip");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("触摸屏 huatang", stdout);
        Assert.False(Directory.Exists(Path.Combine(work, "output")));
        using var zip = ZipFile.OpenRead(Path.Combine(work, "huatang.zip"));
        using var manifest = System.Text.Json.JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal("huatang", manifest.RootElement.GetProperty("profile").GetProperty("id").GetString());
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Contains("kiosk.json", files);
        Assert.Contains("search/index.js", files);
        Assert.Equal(files.Count + 1, zip.Entries.Count);
    }

    [Fact]
    public async Task FailuresExitOneAndLeaveTheKioskServing()
    {
        using var sites = new KioskSites();
        var work = sites.Combine();
        Assert.Equal(0, PortalProcess.Run(work, "sync", "a", "kiosk/site").Exit);

        var published = sites.Publish(sites.B, "corrupt");
        File.AppendAllText(Path.Combine(published, "index.html"), "<script>坏</script>");
        ZipFile.CreateFromDirectory(published, sites.Combine("corrupt.zip"));
        var (exit, _, stderr) = PortalProcess.Run(work, "sync", "corrupt.zip", "kiosk/site");
        Assert.Equal(1, exit);
        Assert.Contains("更新失败", stderr);
        Assert.Contains("index.html", stderr);
        KioskSites.AssertServes(sites.Target, sites.A);

        await using var server = await KioskTestServer.StartAsync(sites.Publish(sites.B, "web"));
        server.DropAfterFiles = 0;
        (exit, _, stderr) = PortalProcess.Run(work, "sync", server.BaseUrl.AbsoluteUri, "kiosk/site", "--retries", "2");
        Assert.Equal(1, exit);
        Assert.Contains("共尝试 2 次", stderr);
        Assert.Contains("重新运行同一命令会从中断处继续", stderr);
        KioskSites.AssertServes(sites.Target, sites.A);
    }

    [Theory]
    [InlineData("找不到更新来源", "sync", "no-such.zip", "kiosk/site")]
    [InlineData("需要来源和目标", "sync", "a")]
    [InlineData("--min-rate", "sync", "a", "kiosk/site", "--min-rate", "0")]
    [InlineData("只需要目标目录", "sync", "--rollback", "a", "kiosk/site")]
    [InlineData("没有可回退的上一版本", "sync", "--rollback", "kiosk/site")]
    [InlineData("找不到网站目录", "pack", "no-such-folder")]
    [InlineData("junction", "sync", "a", "kiosk/site", "--switch", "junction")]
    public void BadArgumentsExitTwo(string message, params string[] args)
    {
        using var sites = new KioskSites();
        var (exit, _, stderr) = PortalProcess.Run(sites.Combine(), args);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }
}
