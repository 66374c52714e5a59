using Portal.Engine;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Images;

/// <summary>
/// A small site whose notice bundle holds a sideways phone photo (cover and in the body) and a transparent
/// PNG, built with engines the tests keep, so they can count encodes.
/// </summary>
public sealed class PhotoSite : IDisposable
{
    public const string Bundle = "notices/tianjian-zhaopian";
    public const string Page = Bundle + "/index.html";

    public const string Document = """
        ---
        title: 田间照片示例
        date: 2026-11-20
        image: photo.jpg
        ---

        第一段正文。

        ![稻田里的秧苗](photo.jpg)

        <p>原始 HTML 插图：<img src="logo.png" alt="合作社标志"></p>
        """;

    public PhotoSite(string siteYml = MiniSite.SiteYml)
    {
        Site = new MiniSite(siteYml)
            .With(Bundle + "/index.md", Document)
            .WithBytes(Bundle + "/photo.jpg", TestPhotos.SidewaysJpeg(2400, 1800))
            .WithBytes(Bundle + "/logo.png", TestPhotos.TransparentPng(600, 400));
    }

    public MiniSite Site { get; }

    public string Output => Site.Output;

    public string Input => Site.Input;

    public BuildOptions Options(string? kiosk = null, bool write = true) =>
        new(BuildPaths.From(Site.Input, Repo.Path("theme"), Site.Output)) { Now = SiteBuild.FixedNow, Kiosk = kiosk, WriteOutput = write };

    public string Path(string relative) => System.IO.Path.Combine(Site.Output, relative);

    public IEnumerable<string> OutputFiles(string prefix = "") =>
        Directory.EnumerateFiles(Site.Output, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Site.Output, f).Replace('\\', '/'))
            .Where(f => f.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public void Dispose() => Site.Dispose();
}
