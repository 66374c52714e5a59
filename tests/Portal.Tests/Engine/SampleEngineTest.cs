using System.Text.RegularExpressions;
using Portal.Engine;
using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Engine;

/// <summary>
/// A serve session (one <see cref="SiteEngine"/> kept alive) over a copy of the sample input and theme,
/// built once, and what every session test checks in the end: the served folder equals a clean full build
/// of the same input, byte for byte, and the session reports the same diagnostics. A subclass may run a
/// kiosk variant (<see cref="Kiosk"/>): then the clean build is <c>portal build --kiosk</c>.
/// </summary>
public abstract partial class SampleEngineTest : IDisposable
{
    protected const string Rice = "techniques/shuidao-yuyang-jishu/index.md";

    protected SampleEngineTest()
    {
        Input = Temp.Combine("input");
        Theme = Temp.Combine("theme");
        Served = Temp.Combine("served");
        Folders.Copy(Repo.Path("input"), Input);
        Folders.Copy(Repo.Path("theme"), Theme);
        Session = new SiteEngine(Options(Served));
        var first = Session.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
    }

    protected TempDir Temp { get; } = new();

    /// <summary>The kiosk profile both builds run, or null for the web site.</summary>
    protected virtual string? Kiosk => null;

    protected SiteEngine Session { get; }

    protected string Input { get; }

    protected string Theme { get; }

    protected string Served { get; }

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    protected BuildOptions Options(string output) => new(BuildPaths.From(Input, Theme, output)) { Now = SiteBuild.FixedNow, Kiosk = Kiosk };

    /// <summary>Each document's diagnostics travel with its cached results: run for the web site and for a kiosk.</summary>
    [Fact]
    public void Diagnostics_after_a_warning_an_error_and_the_fix_are_those_of_a_fresh_build()
    {
        Append(Rice, "\n这一句用了半角逗号,还有半角句号.\n");
        var warned = Session.Build([Path.Combine(Input, Rice)]);
        Assert.Contains(warned.Diagnostics, d => d.Location.File.EndsWith(Rice, StringComparison.Ordinal) && d.Severity == Portal.Diagnostics.Severity.Warning);
        AssertSameAsFullBuild(warned);

        Replace(Rice, "title: 早稻集中育秧技术要点", "title: [早稻");
        var failed = Session.Build([Path.Combine(Input, Rice)]);
        Assert.False(failed.Succeeded);
        Assert.Equal(
            SiteBuilder.Build(Options(Temp.Combine("failed"))).Diagnostics.Select(d => d.ToString()),
            failed.Diagnostics.Select(d => d.ToString()));

        Replace(Rice, "title: [早稻", "title: 早稻集中育秧技术要点");
        AssertSameAsFullBuild(Session.Build([Path.Combine(Input, Rice)]));
    }

    /// <param name="session">The session's report of its last build: its diagnostics must be the clean build's.</param>
    protected void AssertSameAsFullBuild(BuildReport? session = null)
    {
        var clean = Temp.Combine("clean-" + Guid.NewGuid().ToString("N")[..6]);
        var report = SiteBuilder.Build(Options(clean));
        if (session is not null)
        {
            Assert.Equal(report.Diagnostics.Select(d => d.ToString()), session.Diagnostics.Select(d => d.ToString()));
        }

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var expected = Comparable(Snapshot(clean), clean);
        var actual = Comparable(Snapshot(Served), Served);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Where(e => actual[e.Key] != e.Value).Select(e => e.Key).ToList();
        Assert.True(different.Count == 0, "differs from a full build: " + string.Join(", ", different.Take(10)));
    }

    /// <summary>
    /// A kiosk's build facts (kiosk.json, the data script, and their manifest entries) carry the wall-clock
    /// time of the build: the one thing two builds of the same input never share. Everything else must match.
    /// </summary>
    private Dictionary<string, string> Comparable(Dictionary<string, string> snapshot, string folder)
    {
        if (Kiosk is null)
        {
            return snapshot;
        }

        foreach (var path in new[] { "kiosk.json", "assets/kiosk-data.js", "portal-manifest.json" })
        {
            var text = File.ReadAllText(Path.Combine(folder, path));
            text = BuildTime().Replace(text, "\"buildTime\":\"\"");
            text = KioskFactsEntry().Replace(text, "$1");
            snapshot[path] = text;
        }

        return snapshot;
    }

    [GeneratedRegex("\"buildTime\":\\s*\"[^\"]*\"")]
    private static partial Regex BuildTime();

    [GeneratedRegex("(\"path\": \"(?:kiosk\\.json|assets/kiosk-data\\.js)\")[^}]*")]
    private static partial Regex KioskFactsEntry();

    /// <summary>Every file of <paramref name="folder"/> by relative path, with its SHA-256.</summary>
    protected static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    protected void Append(string relative, string text) => File.AppendAllText(Path.Combine(Input, relative), text);

    protected void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(Input, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
