using System.IO.Compression;
using System.Text;
using Portal.Kiosk;
using Portal.Kiosk.Packaging;
using Portal.Tests.Support;

namespace Portal.Tests.Kiosk;

/// <summary>
/// Two small kiosk builds, A and B, written as folders, packed and "published" (the zip unzipped, as an
/// operator would on a web server), plus byte-for-byte snapshots to compare a kiosk's live site with.
/// B changes six files of A (kiosk.json among them), adds one and removes one.
/// </summary>
public sealed class KioskSites : IDisposable
{
    public const int ChangedInB = 7; // index.html, four notices and kiosk.json changed, one notice added
    private readonly TempDir _temp = new();

    public KioskSites()
    {
        A = Write("a", VersionA());
        B = Write("b", VersionB());
        Directory.CreateDirectory(_temp.Combine("kiosk"));
    }

    public string A { get; }

    public string B { get; }

    /// <summary>The kiosk's site folder (does not exist until the first sync).</summary>
    public string Target => _temp.Combine("kiosk", "site");

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public static Dictionary<string, byte[]> VersionA()
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["index.html"] = Text("<!doctype html><title>首页</title><h1>科技之窗</h1>"),
            ["assets/site.css"] = Text("body { font-size: 24px; }"),
            ["中文/说明.txt"] = Text("这是一个中文文件名。"),
            ["big.bin"] = Noise(512 * 1024, seed: 1),
            ["kiosk.json"] = Text("""{ "buildId": "build-a", "buildTime": "2026-11-01T09:00:00+08:00", "profile": { "id": "huatang", "name": "华塘镇" } }"""),
        };
        for (var i = 0; i < 8; i++)
        {
            files[$"notices/n{i}/index.html"] = Text($"<h1>通知 {i}</h1>");
        }

        return files;
    }

    public static Dictionary<string, byte[]> VersionB()
    {
        var files = VersionA();
        files.Remove("中文/说明.txt");
        files["kiosk.json"] = Text("""{ "buildId": "build-b", "buildTime": "2026-11-23T10:00:00+08:00", "profile": { "id": "huatang", "name": "华塘镇" } }""");
        files["index.html"] = Text("<!doctype html><title>首页</title><h1>科技之窗（新）</h1>");
        for (var i = 0; i < 4; i++)
        {
            files[$"notices/n{i}/index.html"] = Text($"<h1>通知 {i}（已更新）</h1>");
        }

        files["notices/new/index.html"] = Text("<h1>新通知</h1>");
        return files;
    }

    public string Write(string name, IReadOnlyDictionary<string, byte[]> files)
    {
        var root = _temp.Combine(name);
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        return root;
    }

    /// <summary>Packs a site and unzips it into a fresh folder: what goes on a USB stick or a web server.</summary>
    public string Publish(string site, string name)
    {
        var zip = Pack(site);
        var folder = _temp.Combine("published", name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        ZipFile.ExtractToDirectory(zip, folder);
        return folder;
    }

    public string Pack(string site) => KioskPackage.Pack(site, site + ".zip").ZipPath;

    /// <summary>Every file of a folder (following the kiosk link) except the manifest the sync adds.</summary>
    public static Dictionary<string, byte[]> Snapshot(string folder)
    {
        var root = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => p != KioskManifest.FileName)
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(root, p)), StringComparer.Ordinal);
    }

    public static void AssertServes(string target, string expectedSite)
    {
        var expected = Snapshot(expectedSite);
        var actual = Snapshot(target);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), "differs: " + path);
        }
    }

    /// <summary>
    /// What is live at <paramref name="target"/>, to tell whether a failed sync left it alone: the link's
    /// text (symlink switch) and the live manifest's content id (both switches).
    /// </summary>
    public static (string? Link, string? ContentId) Live(string target) =>
        (new FileInfo(target).LinkTarget, KioskManifest.TryRead(target)?.ContentId);

    /// <summary>The real folders under <c>TARGET.versions/</c> other than the live one: what a cleaned-up kiosk keeps for rollback.</summary>
    public static List<string> KeptBesidesLive(string target)
    {
        var live = new DirectoryInfo(target).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return new DirectoryInfo(target + ".versions").EnumerateDirectories()
            .Where(d => d.LinkTarget is null && d.FullName != live)
            .Select(d => d.Name)
            .ToList();
    }

    public void Dispose() => _temp.Dispose();

    private static byte[] Text(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] Noise(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
