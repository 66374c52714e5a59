using Portal.Cli.Serve;
using Portal.Engine;
using Portal.Incremental;
using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Serve;

/// <summary>
/// serve's build loop: an exception thrown inside a rebuild (forced with the session's test hook) must not
/// escape (it would end the process from the watcher's thread), must reach the tabs as an overlay line
/// naming the file, and the next build must clear it.
/// </summary>
public sealed class PreviewBuildsTests : IDisposable
{
    private const string Rice = "techniques/shuidao-yuyang-jishu/index.md";
    private readonly TempDir _temp = new();
    private readonly List<string> _printed = [];
    private readonly LiveReload _live = new();
    private readonly SiteEngine _session;
    private readonly PreviewBuilds _builds;

    public PreviewBuildsTests()
    {
        Folders.Copy(Repo.Path("input"), _temp.Combine("input"));
        _session = new SiteEngine(new BuildOptions(BuildPaths.From(_temp.Combine("input"), Repo.Path("theme"), _temp.Combine("out"))) { Now = SiteBuild.FixedNow });
        _builds = new PreviewBuilds(_session, _live, report => _printed.Add(report.Succeeded ? "ok" : "errors"), (line, _) => _printed.Add(line));
    }

    [Fact]
    public void An_exception_in_the_first_build_becomes_the_overlay_and_the_next_build_clears_it()
    {
        _session.BeforeReading = FailOnRice;

        _builds.Rebuild(null);

        Assert.Contains(Rice, _live.CurrentErrors, StringComparison.Ordinal);
        Assert.Contains("内部错误", _live.CurrentErrors, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', _live.CurrentErrors);
        Assert.Equal(_live.CurrentErrors, _printed.Single());

        _session.BeforeReading = null;
        _builds.Rebuild([Path.Combine(_temp.Combine("input"), Rice)]);

        Assert.Equal("", _live.CurrentErrors);
        Assert.Equal("ok", _printed.Last());
        Assert.True(File.Exists(_temp.Combine("out", "index.html")));
    }

    [Fact]
    public void An_exception_in_an_incremental_build_keeps_the_last_good_pages()
    {
        _builds.Rebuild(null);
        var page = _temp.Combine("out", "techniques", "shuidao-yuyang-jishu", "index.html");
        var before = File.ReadAllText(page);
        _session.BeforeReading = FailOnRice;
        File.AppendAllText(_temp.Combine("input", Rice), "\n新的一段。\n");

        _builds.Rebuild([_temp.Combine("input", Rice)]);

        Assert.Contains(Rice, _live.CurrentErrors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(page));

        _session.BeforeReading = null;
        _builds.Rebuild([_temp.Combine("input", Rice)]);

        Assert.Equal("", _live.CurrentErrors);
        Assert.Contains("新的一段", File.ReadAllText(page), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static void FailOnRice(string path)
    {
        if (path == Rice)
        {
            throw new InvalidOperationException("测试注入的故障");
        }
    }
}
