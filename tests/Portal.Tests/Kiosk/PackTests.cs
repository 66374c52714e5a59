using System.IO.Compression;
using System.Security.Cryptography;
using Portal.Kiosk;
using Portal.Kiosk.Packaging;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk;

public class PackTests
{
    [Fact]
    public void TheZipHoldsTheManifestFirstThenEveryFileWithItsSizeAndHash()
    {
        using var sites = new KioskSites();
        var result = KioskPackage.Pack(sites.A, sites.Combine("a.zip"));

        using var zip = ZipFile.OpenRead(result.ZipPath);
        Assert.Equal(KioskManifest.FileName, zip.Entries[0].FullName);
        using var reader = new StreamReader(zip.Entries[0].Open());
        var manifest = KioskManifest.Parse(System.Text.Encoding.UTF8.GetBytes(reader.ReadToEnd()), "test");

        Assert.Equal("build-a", manifest.BuildId);
        Assert.Equal("2026-11-01T09:00:00+08:00", manifest.BuildTime);
        Assert.Equal("huatang", manifest.ProfileLabel);
        var files = KioskSites.VersionA();
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), manifest.Files.Select(f => f.Path));
        foreach (var entry in manifest.Files)
        {
            Assert.Equal(files[entry.Path].Length, entry.Size);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(files[entry.Path])), entry.Sha256);
            using var stored = new MemoryStream();
            zip.GetEntry(entry.Path)!.Open().CopyTo(stored);
            Assert.Equal(files[entry.Path], stored.ToArray());
        }
    }

    [Fact]
    public void WithoutKioskJsonTheBuildIdIsDerivedFromTheContent()
    {
        using var temp = new TempDir();
        temp.Write("one/index.html", "<h1>一</h1>");
        temp.Write("two/index.html", "<h1>一</h1>");
        temp.Write("three/index.html", "<h1>三</h1>");

        var one = KioskPackage.Pack(temp.Combine("one"), temp.Combine("one.zip")).Manifest;
        var two = KioskPackage.Pack(temp.Combine("two"), temp.Combine("two.zip")).Manifest;
        var three = KioskPackage.Pack(temp.Combine("three"), temp.Combine("three.zip")).Manifest;

        Assert.Matches("^[0-9a-f]{16}$", one.BuildId);
        Assert.Null(one.Profile);
        Assert.Null(one.BuildTime);
        Assert.Equal(one.BuildId, two.BuildId);
        Assert.NotEqual(one.BuildId, three.BuildId);
    }

    [Fact]
    public void TheSameSitePacksToTheSameBytes()
    {
        using var sites = new KioskSites();
        var first = File.ReadAllBytes(KioskPackage.Pack(sites.A, sites.Combine("1.zip")).ZipPath);
        var second = File.ReadAllBytes(KioskPackage.Pack(sites.A, sites.Combine("2.zip")).ZipPath);
        Assert.Equal(first, second);
    }

    [Fact]
    public void RepackingAnUnzippedPackageSkipsItsManifest()
    {
        using var sites = new KioskSites();
        var published = sites.Publish(sites.A, "a");
        var again = KioskPackage.Pack(published, sites.Combine("again.zip")).Manifest;
        Assert.Equal(KioskPackage.Pack(sites.A, sites.Combine("first.zip")).Manifest.ContentId, again.ContentId);
    }

    [Fact]
    public void AForeignManifestJsonIsRefused()
    {
        using var temp = new TempDir();
        temp.Write("site/index.html", "<h1>一</h1>");
        temp.Write("site/manifest.json", """{ "name": "web app manifest" }""");
        var e = Assert.Throws<KioskException>(() => KioskPackage.Pack(temp.Combine("site"), temp.Combine("site.zip")));
        Assert.Contains("保留给清单", e.Message);
        Assert.False(File.Exists(temp.Combine("site.zip")));
    }

    [Fact]
    public void SymbolicLinksAreRefused()
    {
        using var temp = new TempDir();
        temp.Write("site/index.html", "<h1>一</h1>");
        File.CreateSymbolicLink(temp.Combine("site", "passwd"), "/etc/passwd");
        var e = Assert.Throws<KioskException>(() => KioskPackage.Pack(temp.Combine("site"), temp.Combine("site.zip")));
        Assert.Contains("符号链接", e.Message);
    }

    [Fact]
    public void TheZipMayNotGoInsideTheFolderItPacks()
    {
        using var sites = new KioskSites();
        var e = Assert.Throws<KioskException>(() => KioskPackage.Pack(sites.A, Path.Combine(sites.A, "a.zip")));
        Assert.Equal(KioskFailure.NotFound, e.Failure);
    }

    [Fact]
    public void AFailedPackLeavesNoZipBehind()
    {
        using var temp = new TempDir();
        temp.Write("site/index.html", "<h1>一</h1>");
        temp.Write("site/a:b.html", "colon");
        Assert.Throws<KioskException>(() => KioskPackage.Pack(temp.Combine("site"), temp.Combine("site.zip")));
        Assert.Empty(Directory.EnumerateFiles(temp.Path));
    }
}
