using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portal.Load;

namespace Portal.Tests.Support;

/// <summary>Builds an input folder with the real theme into a temporary output, and reads the result.</summary>
public sealed class SiteBuild : IDisposable
{
    /// <summary>The moment fixture builds treat as "now", so expiry and scheduling are reproducible.</summary>
    public static readonly DateTimeOffset FixedNow = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly TempDir _temp = new();

    public SiteBuild(string input, DateTimeOffset? now = null, bool write = true)
    {
        Output = _temp.Combine("output");
        Report = SiteBuilder.Build(new BuildOptions(BuildPaths.From(input, Repo.Path("theme"), Output)) { Now = now ?? FixedNow, WriteOutput = write });
    }

    public string Output { get; }

    public BuildReport Report { get; }

    public bool Exists(string path) => File.Exists(System.IO.Path.Combine(Output, path));

    public string Read(string path) => File.ReadAllText(System.IO.Path.Combine(Output, path));

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Read(path));

    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Output, f).Replace('\\', '/'));

    public void Dispose() => _temp.Dispose();
}
