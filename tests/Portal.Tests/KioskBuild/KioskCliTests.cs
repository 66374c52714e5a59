using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.KioskBuild;

/// <summary><c>portal build --kiosk ID</c> and <c>--all-kiosks</c>, run as the real program.</summary>
public class KioskCliTests
{
    [Fact]
    public void All_kiosks_builds_one_folder_per_profile_under_kiosks()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = PortalProcess.Run(Repo.Root, "build", "--all-kiosks", "--output", temp.Combine("out"), "--now", "2026-11-23");

        Assert.True(exit == 0, stdout + stderr);
        foreach (var id in new[] { "huatang", "liangtian", "reshui" })
        {
            var json = temp.Combine("out", "kiosks", id, "kiosk.json");
            Assert.True(File.Exists(json), json + " is missing\n" + stdout);
            using var info = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal(id, info.RootElement.GetProperty("profile").GetProperty("id").GetString());
            Assert.True(File.Exists(temp.Combine("out", "kiosks", id, "index.html")));
            Assert.Contains($"触摸屏 {id} 构建成功", stdout);
        }
    }

    [Fact]
    public void Kiosk_builds_into_the_output_folder()
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = PortalProcess.Run(Repo.Root, "build", "--kiosk", "reshui", "--output", temp.Combine("reshui"), "--now", "2026-11-23");

        Assert.True(exit == 0, stdout + stderr);
        Assert.True(File.Exists(temp.Combine("reshui", "kiosk.json")));
        Assert.True(File.Exists(temp.Combine("reshui", "notices", "kepu-dapengche-xunzhan-yizhang-rucheng", "index.html")));
    }

    [Theory]
    [InlineData("--kiosk", "nowhere")]
    [InlineData("--kiosk", "huatang", "--all-kiosks")]
    public void A_wrong_kiosk_choice_exits_two_with_a_chinese_message(params string[] args)
    {
        using var temp = new TempDir();
        var (exit, stdout, stderr) = PortalProcess.Run(Repo.Root, ["build", "--output", temp.Combine("out"), .. args]);

        Assert.True(exit == 2, $"exit {exit}\n{stdout}{stderr}");
        Assert.Matches("触摸屏|--all-kiosks", stderr);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }
}
