using Portal.Load;
using Portal.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Engine;

/// <summary>
/// <c>portal build</c> streams: pages are in the staging folder before the bulletin is rendered, not held
/// until the end; an error found after that leaves no staging behind and the previous output as it was.
/// </summary>
public sealed class StreamingBuildTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Pages_are_in_staging_before_the_bulletin_is_rendered()
    {
        var output = _temp.Combine("out");
        var watcher = new StagingWatcher(output, "bulletin");

        var report = SiteBuilder.Build(new BuildOptions(BuildPaths.From(Repo.Path("input"), Repo.Path("theme"), output)) { Now = SiteBuild.FixedNow, Progress = watcher });

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.NotNull(watcher.Seen);
        Assert.Contains("techniques/shuidao-yuyang-jishu/index.html", watcher.Seen);
        Assert.DoesNotContain(watcher.Seen, f => f.StartsWith("posters/", StringComparison.Ordinal));
        // The published folder is the staged one, with every page and the bulletin.
        Assert.True(File.Exists(Path.Combine(output, "posters/bulletin/a4.html")));
        Assert.Empty(Directory.EnumerateDirectories(_temp.Path, ".out.portal-staging-*"));
    }

    [Fact]
    public void An_error_after_pages_were_staged_removes_staging_and_keeps_the_previous_output()
    {
        var theme = _temp.Combine("theme");
        Folders.Copy(Repo.Path("theme"), theme);
        var output = _temp.Combine("out");
        var options = new BuildOptions(BuildPaths.From(Repo.Path("input"), theme, output)) { Now = SiteBuild.FixedNow };
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = Snapshot(output);

        // The bulletin layout goes missing: an error the bulletin stage finds after every page was staged.
        File.Delete(Path.Combine(theme, "layouts", "bulletin.html"));
        var watcher = new StagingWatcher(output, "bulletin");
        var report = SiteBuilder.Build(options with { Progress = watcher });

        Assert.False(report.Succeeded);
        Assert.NotNull(watcher.Seen);
        Assert.Contains("index.html", watcher.Seen);
        Assert.Equal(before, Snapshot(output));
        Assert.Empty(Directory.EnumerateDirectories(_temp.Path, ".out.portal-staging-*"));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Lists the staging folder's files when a stage starts.</summary>
    private sealed class StagingWatcher(string output, string stage) : IBuildProgress
    {
        public List<string>? Seen { get; private set; }

        public void StageStarted(string name, int total)
        {
            if (name == stage && OutputFolder.For(output) is { } folder && Directory.Exists(folder.Staging))
            {
                Seen = [.. Directory.EnumerateFiles(folder.Staging, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Staging, f).Replace('\\', '/'))];
            }
        }

        public void Advanced(int count)
        {
        }

        public void StageFinished(string name, TimeSpan elapsed)
        {
        }
    }
}
