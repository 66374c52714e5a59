using System.Text;
using Portal.Kiosk.Install;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk.Install;

/// <summary>The real <c>portal kiosk install</c>: where it writes, what it refuses, its Chinese messages.</summary>
public class KioskInstallCliTests
{
    [Fact]
    public void AnOfficePcPreparesTheWindowsFiles()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, "kiosk", "install", "--platform", "windows", "--site", @"C:\ProgramData\kjzc\site", "--source", "https://example.org/huatang/", "--every", "30", "--output-dir", "给 信息亭");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(["kjzc-kiosk-sync.xml", "kjzc-kiosk.cmd"], Directory.GetFiles(temp.Combine("给 信息亭")).Select(Path.GetFileName).Order());
        Assert.Contains("schtasks /create /tn kjzc-kiosk-sync /xml", stdout);
        Assert.Contains("shell:startup", stdout);
        var cmd = File.ReadAllText(temp.Combine("给 信息亭", "kjzc-kiosk.cmd"));
        Assert.Contains(@"""C:\ProgramData\kjzc\portal.exe"" ""kiosk"" ""recover"" ""--site"" ""C:\ProgramData\kjzc\site""", cmd); // the release's default place
    }

    [Theory]
    [InlineData("参数错误：--site site 不是信息亭上的绝对路径", "--platform", "windows", "--site", "site", "--source", "https://x/", "--output-dir", "o")]
    [InlineData("参数错误：Windows 信息亭只能用 --switch rename", "--platform", "windows", "--site", @"C:\kjzc\site", "--source", "https://x/", "--switch", "symlink", "--output-dir", "o")]
    [InlineData("参数错误：--every 必须是 1 到 1440 之间的分钟数", "--site", "site", "--source", "https://x/", "--every", "0", "--output-dir", "o")]
    [InlineData("参数错误：为另一种系统准备文件时，请用 --output-dir", "--platform", "windows", "--site", @"C:\kjzc\site", "--source", "https://x/")]
    [InlineData("参数错误：路径中不能有双引号", "--site", @"C:\say ""hi""", "--source", "https://x/", "--platform", "windows", "--output-dir", "o")]
    public void BadArgumentsAreRefusedInChinese(string message, params string[] args)
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, ["kiosk", "install", .. args]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(temp.Combine("o")));
    }

    [Fact]
    public void AHandWrittenUnitIsKeptUnlessForcedAndOwnFilesAreReplaced()
    {
        using var temp = new TempDir();
        var units = temp.Combine("units");
        var handWritten = temp.Write("units/kjzc-kiosk.service", "[Service]\nExecStart=/usr/bin/chromium --kiosk file:///srv/kjzc/current/index.html\n");
        string[] install = ["kiosk", "install", "--site", "kiosk/site", "--source", "https://example.org/", "--output-dir", units];

        var (exit, stdout, stderr) = PortalProcess.Run(temp.Path, install);
        Assert.Equal(2, exit);
        Assert.Contains($"未写入：{handWritten} 已存在，且不是 portal kiosk install 生成的", stderr);
        Assert.Contains("--force", stderr);
        Assert.Equal(["kjzc-kiosk.service"], Directory.GetFiles(units).Select(Path.GetFileName)); // nothing written

        (exit, stdout, stderr) = PortalProcess.Run(temp.Path, [.. install, "--force"]);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(4, Directory.GetFiles(units).Length);
        Assert.Contains($"已写入 {handWritten}", stdout);
        Assert.Contains(temp.Combine("kiosk", "site"), File.ReadAllText(handWritten)); // relative paths made absolute

        (exit, stdout, stderr) = PortalProcess.Run(temp.Path, [.. install, "--every", "5"]); // ours now: replaced without --force
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("OnUnitActiveSec=5min", File.ReadAllText(Path.Combine(units, SystemdUnits.SyncTimer)));
    }

    [Fact]
    public void DryRunPrintsAndWritesNothing()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = PortalProcess.RunWith(
            new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = temp.Combine("config") },
            temp.Path,
            "kiosk", "install", "--site", "/srv/kiosk/site", "--source", "https://example.org/", "--dry-run");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("===== kjzc-kiosk.service：浏览器启动器", stdout);
        Assert.Contains("ExecStart=/usr/bin/chromium --kiosk", stdout);
        Assert.Contains("OnUnitActiveSec=15min", stdout);
        Assert.False(Directory.Exists(temp.Combine("config")));

        (exit, stdout, stderr) = PortalProcess.RunWith(
            new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = temp.Combine("config") },
            temp.Path,
            "kiosk", "install", "--site", "/srv/kiosk/site", "--source", "https://example.org/");
        Assert.True(exit == 0, stdout + stderr);
        Assert.True(File.Exists(temp.Combine("config", "systemd", "user", SystemdUnits.Launcher)), stdout); // the default place
        Assert.True(InstallFile.IsOurs(Encoding.UTF8.GetBytes(File.ReadAllText(temp.Combine("config", "systemd", "user", SystemdUnits.SyncService)))));
    }
}
