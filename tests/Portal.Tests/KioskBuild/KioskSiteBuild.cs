using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.KioskBuild;

/// <summary>A kiosk build (<c>--kiosk ID</c>) of an input folder with the real theme, into a temporary output.</summary>
public sealed class KioskSiteBuild : IDisposable
{
    private readonly TempDir _temp = new();

    public KioskSiteBuild(string input, string kiosk, DateTimeOffset? now = null)
    {
        Output = _temp.Combine("kiosk");
        Report = SiteBuilder.Build(new BuildOptions(BuildPaths.From(input, Repo.Path("theme"), Output)) { Now = now ?? SiteBuild.FixedNow, Kiosk = kiosk });
    }

    public string Output { get; }

    public BuildReport Report { get; }

    public bool Exists(string path) => File.Exists(Path.Combine(Output, path));

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Read(path));

    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'));

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// The sample site built for the 华塘镇 kiosk (北湖区/华塘镇) and as the web site, once for all engine-side
/// kiosk tests; plus a copy of the sample input whose site.yml adds a kiosk with a short idle time.
/// </summary>
public sealed class KioskSamples : IDisposable
{
    public const string Huatang = "huatang";

    /// <summary>A profile added to a copy of the sample site.yml: idle after 5 s, a new slide every 2 s.</summary>
    public const string QuickProfile = "ceshi";

    private readonly TempDir _input = new();
    private readonly Lazy<KioskSiteBuild> _quick;

    public KioskSamples()
    {
        _quick = new(() =>
        {
            Folders.Copy(Repo.Path("input"), _input.Path);
            // Inserted as the first profile under kiosks:, wherever that list is in the file.
            var siteYml = Path.Combine(_input.Path, "site.yml");
            var text = File.ReadAllText(siteYml);
            var list = text.IndexOf("\nkiosks:\n", StringComparison.Ordinal);
            Assert.True(list >= 0, "the sample site.yml has no kiosks: list");
            File.WriteAllText(siteYml, text.Insert(list + "\nkiosks:\n".Length, $"""
                  - id: {QuickProfile}
                    name: 测试科技之窗
                    region: 北湖区/华塘镇
                    idle_seconds: 5
                    attract_seconds: 2

                """));
            return new KioskSiteBuild(_input.Path, QuickProfile);
        });
    }

    public KioskSiteBuild Kiosk { get; } = new(Repo.Path("input"), Huatang);

    /// <summary>Built on first use: only the idle and attract tests need it.</summary>
    public KioskSiteBuild Quick => _quick.Value;

    public KioskSiteBuild Built()
    {
        Assert.True(Kiosk.Report.Succeeded, "The kiosk build failed:\n" + string.Join("\n", Kiosk.Report.Diagnostics));
        return Kiosk;
    }

    public void Dispose()
    {
        Kiosk.Dispose();
        if (_quick.IsValueCreated)
        {
            _quick.Value.Dispose();
        }

        _input.Dispose();
    }
}
