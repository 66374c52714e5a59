using Portal.Kiosk;
using Portal.Kiosk.Packaging;
using Portal.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk.Packaging;

/// <summary>Windows file-name rules checked at pack time: forbidden characters, reserved names, trailing dots, MAX_PATH.</summary>
public class WindowsPathsTests
{
    [Theory]
    [InlineData("a<b.html", "“<”")]
    [InlineData("a>b.html", "“>”")]
    [InlineData("notes/\"quoted\".txt", "“\"”")]
    [InlineData("a|b.html", "“|”")]
    [InlineData("why?.html", "“?”")]
    [InlineData("star*.txt", "“*”")]
    [InlineData("tab\there.txt", "控制字符")]
    [InlineData("CON", "保留设备名（CON）")]
    [InlineData("con.html", "保留设备名（CON）")]
    [InlineData("docs/Nul.tar.gz", "保留设备名（NUL）")]
    [InlineData("aux .txt", "保留设备名（AUX）")]
    [InlineData("prn/index.html", "保留设备名（PRN）")]
    [InlineData("ports/com1.txt", "保留设备名（COM1）")]
    [InlineData("LPT9.log", "保留设备名（LPT9）")]
    [InlineData("com².txt", "保留设备名（COM²）")]
    [InlineData("dot./index.html", "以点或空格结尾")]
    [InlineData("space /index.html", "以点或空格结尾")]
    [InlineData("readme.", "以点或空格结尾")]
    public void ANameWindowsCannotHoldIsExplained(string path, string expected)
    {
        Assert.Contains(expected, WindowsPaths.NameProblem(path));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("console.html")]
    [InlineData("COM10.html")]
    [InlineData("com0.txt")]
    [InlineData("nul-notice/index.html")]
    [InlineData("中文/说明.txt")]
    [InlineData("a.b.c/.hidden")]
    public void OrdinaryNamesPass(string path)
    {
        Assert.Null(WindowsPaths.NameProblem(path));
    }

    [Fact]
    public void TheFullPathUnderTheAssumedRootIsLimitedTo259Characters()
    {
        // C:\ProgramData\kjzc\site (24) + .versions\ (10) + .staging-<16 hex> (25, longer than "build-a-xxxxxxxx") + \ (1) + path + .part (5)
        var fits = new string('x', 100) + "/" + new string('y', 93);
        var tooLong = fits + "z";
        Assert.Equal(259, WindowsPaths.AssumedInstallRoot.Length + 10 + 25 + 1 + fits.Length + 5);

        var problems = WindowsPaths.Problems(Manifest("build-a", fits, tooLong), WindowsPaths.AssumedInstallRoot);

        var (path, problem) = Assert.Single(problems);
        Assert.Equal(tooLong, path);
        Assert.Contains("约 260 个字符，超过 Windows 的 259 个字符限制", problem);
    }

    [Fact]
    public void ALongBuildIdLeavesLessRoom()
    {
        var path = new string('x', 160);
        Assert.Empty(WindowsPaths.Problems(Manifest("build-a", path), WindowsPaths.AssumedInstallRoot));
        Assert.Single(WindowsPaths.Problems(Manifest(new string('b', 60), path), WindowsPaths.AssumedInstallRoot)); // version folder b…b-<8 hex>: 69 characters
    }

    [Fact]
    public void PackRefusesFilesWindowsCannotHoldAndNamesThem()
    {
        using var temp = new TempDir();
        temp.Write("site/index.html", "<h1>一</h1>");
        temp.Write("site/con.html", "device");
        temp.Write("site/问答/为什么?.html", "question");

        var e = Assert.Throws<KioskException>(() => KioskPackage.Pack(temp.Combine("site"), temp.Combine("site.zip")));

        Assert.Equal(KioskFailure.Rejected, e.Failure);
        Assert.Contains("Windows", e.Message);
        Assert.Contains("“con.html”：“con.html”是 Windows 的保留设备名（CON）", e.Message);
        Assert.Contains("“问答/为什么?.html”：含有 Windows 不允许的字符“?”", e.Message);
        Assert.DoesNotContain("index.html", e.Message);
        Assert.Empty(Directory.EnumerateFiles(temp.Path));
    }

    [Fact]
    public void PackRefusesAPathTooLongForWindows()
    {
        using var temp = new TempDir();
        var deep = string.Join("/", Enumerable.Repeat("很长的栏目名称很长的栏目名称", 14)) + "/index.html";
        temp.Write("site/" + deep, "<h1>深</h1>");

        var e = Assert.Throws<KioskException>(() => KioskPackage.Pack(temp.Combine("site"), temp.Combine("site.zip")));

        Assert.Contains(deep, e.Message);
        Assert.Contains(WindowsPaths.AssumedInstallRoot, e.Message);
    }

    private static KioskManifest Manifest(string buildId, params string[] paths) => new()
    {
        BuildId = buildId,
        Files = paths.Select(p => new ManifestEntry(p, 1, new string('0', 64))).ToList(),
    };
}
