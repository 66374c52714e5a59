using System.IO.Compression;
using System.Text;
using Portal.Kiosk;
using Portal.Kiosk.Sync;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk;

public class ManifestSafetyTests
{
    private const string Hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; // SHA-256 of nothing

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("a/../../evil.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b")]
    [InlineData("./a")]
    [InlineData("a\\..\\b")]
    [InlineData("C:/x")]
    [InlineData("")]
    [InlineData("a/\u0000")]
    public void UnsafePathsAreRefused(string path) => Assert.NotNull(ManifestPath.Problem(path));

    [Theory]
    [InlineData("index.html")]
    [InlineData("中文/说明.txt")]
    [InlineData("assets/..css/.hidden")]
    public void OrdinaryPathsAreAllowed(string path) => Assert.Null(ManifestPath.Problem(path));

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("/tmp/evil.txt")]
    public async Task ASyncWhoseManifestEscapesTheTargetWritesNothing(string path)
    {
        using var temp = new TempDir();
        temp.Write("usb/manifest.json", Manifest((path, 0, Hash)));
        temp.Write("usb/evil.txt", "");
        Directory.CreateDirectory(temp.Combine("kiosk"));
        using var source = new FolderSource(temp.Combine("usb"));

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(source, temp.Combine("kiosk", "site")));

        Assert.Equal(KioskFailure.Rejected, e.Failure);
        Assert.Contains("不安全", e.Message);
        Assert.False(File.Exists(temp.Combine("kiosk", "evil.txt")));
        Assert.False(Directory.Exists(temp.Combine("kiosk", "site")));
    }

    [Fact]
    public void APathThatIsBothFileAndFolderIsRefused()
    {
        var json = Manifest(("a", 0, Hash), ("a/b", 0, Hash));
        var e = Assert.Throws<KioskException>(() => KioskManifest.Parse(Encoding.UTF8.GetBytes(json), "test"));
        Assert.Contains("既是文件又是目录", e.Message);
    }

    [Theory]
    [InlineData("""{ "format": "portal-kiosk/9", "buildId": "x", "files": [] }""", "格式")]
    [InlineData("""{ "format": "portal-kiosk/1", "files": [] }""", "buildId")]
    [InlineData("""{ "format": "portal-kiosk/1", "buildId": "x", "files": [ { "path": "a", "size": 1, "sha256": "zz" } ] }""", "SHA-256")]
    [InlineData("""not json""", "JSON")]
    public void AnInvalidManifestIsExplained(string json, string expected)
    {
        var e = Assert.Throws<KioskException>(() => KioskManifest.Parse(Encoding.UTF8.GetBytes(json), "test"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task AZipEntryTheManifestDoesNotListIsNeverExtracted()
    {
        using var temp = new TempDir();
        var zipPath = temp.Combine("update.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            Write(zip, "manifest.json", Manifest(("index.html", 2, "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4")));
            Write(zip, "index.html", "hi");
            Write(zip, "../evil.txt", "evil");
        }

        Directory.CreateDirectory(temp.Combine("kiosk"));
        using var source = new ZipSource(zipPath);
        await KioskSync.SyncAsync(source, temp.Combine("kiosk", "site"));

        Assert.Equal("hi", File.ReadAllText(temp.Combine("kiosk", "site", "index.html")));
        Assert.False(File.Exists(temp.Combine("evil.txt")));
        Assert.False(File.Exists(temp.Combine("kiosk", "evil.txt")));
    }

    [Fact]
    public async Task AFileLargerThanItsManifestSaysIsCutOffAndRejected()
    {
        using var temp = new TempDir();
        temp.Write("usb/manifest.json", Manifest(("index.html", 2, "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4")));
        File.WriteAllBytes(temp.Combine("usb", "index.html"), new byte[4 << 20]);
        Directory.CreateDirectory(temp.Combine("kiosk"));
        using var source = new FolderSource(temp.Combine("usb"));

        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(source, temp.Combine("kiosk", "site")));

        Assert.Equal(KioskFailure.Rejected, e.Failure);
        var staged = Directory.EnumerateFiles(temp.Combine("kiosk", "site.versions"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal));
        Assert.Empty(staged);
    }

    [Fact]
    public async Task ASymbolicLinkEntryInAZipIsRefusedNotInstalledAsAFile()
    {
        using var temp = new TempDir();
        var zipPath = temp.Combine("update.zip");
        const string target = "/etc/passwd"; // what `zip -y` stores for a link: the target as the entry's bytes
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            Write(zip, "manifest.json", Manifest(("index.html", 2, "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4"), ("etc/link", target.Length, Sha256(target))));
            Write(zip, "index.html", "hi");
            var link = zip.CreateEntry("etc/link");
            link.ExternalAttributes = unchecked((int)0xA1FF0000); // S_IFLNK | 0777 in the Unix mode bits
            using var stream = new StreamWriter(link.Open());
            stream.Write(target);
        }

        Directory.CreateDirectory(temp.Combine("kiosk"));
        using var source = new ZipSource(zipPath);
        var e = await Assert.ThrowsAsync<KioskException>(() => KioskSync.SyncAsync(source, temp.Combine("kiosk", "site")));

        Assert.Equal(KioskFailure.Rejected, e.Failure);
        Assert.Contains("etc/link", e.Message);
        Assert.Contains("符号链接", e.Message);
        Assert.False(Directory.Exists(temp.Combine("kiosk", "site")));
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Manifest(params (string Path, long Size, string Sha256)[] files) =>
        "{ \"format\": \"portal-kiosk/1\", \"buildId\": \"test\", \"files\": [" +
        string.Join(",", files.Select(f => $"{{ \"path\": {System.Text.Json.JsonSerializer.Serialize(f.Path)}, \"size\": {f.Size}, \"sha256\": \"{f.Sha256}\" }}")) + "] }";

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
