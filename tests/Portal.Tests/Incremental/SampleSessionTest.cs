using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Incremental;

/// <summary>
/// A serve session over a copy of the sample input and theme, built once, and what every session test
/// checks in the end: the served folder equals a clean full build of the same input, byte for byte.
/// </summary>
public abstract class SampleSessionTest : IDisposable
{
    protected const string Rice = "techniques/shuidao-yuyang-jishu/index.md";

    protected SampleSessionTest()
    {
        Input = Temp.Combine("input");
        Theme = Temp.Combine("theme");
        Served = Temp.Combine("served");
        Folders.Copy(Repo.Path("input"), Input);
        Folders.Copy(Repo.Path("theme"), Theme);
        Session = new SiteSession(Options(Served));
        var first = Session.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
    }

    protected TempDir Temp { get; } = new();

    protected SiteSession Session { get; }

    protected string Input { get; }

    protected string Theme { get; }

    protected string Served { get; }

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    protected BuildOptions Options(string output) => new(BuildPaths.From(Input, Theme, output)) { Now = SiteBuild.FixedNow };

    protected void AssertSameAsFullBuild()
    {
        var clean = Temp.Combine("clean-" + Guid.NewGuid().ToString("N")[..6]);
        var report = SiteBuilder.Build(Options(clean));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var expected = Snapshot(clean);
        var actual = Snapshot(Served);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Where(e => actual[e.Key] != e.Value).Select(e => e.Key).ToList();
        Assert.True(different.Count == 0, "differs from a full build: " + string.Join(", ", different.Take(10)));
    }

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
