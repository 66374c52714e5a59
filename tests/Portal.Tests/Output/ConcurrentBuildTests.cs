using Portal.Load;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

/// <summary>
/// A nightly rebuild and an editor's build into one output folder at once once left 154 of 186 files, or a
/// mix of both builds, and crashed the loser ("Directory not empty …staging").
/// </summary>
public class ConcurrentBuildTests
{
    [Fact]
    public async Task TwoBuildsAtOnceLeaveExactlyOneCompleteBuild()
    {
        using var a = new MiniSite().With("notices/a.md", "---\ntitle: 甲\ndate: 2026-01-01\n---\n甲的正文。");
        using var b = new MiniSite().With("notices/b.md", "---\ntitle: 乙\ndate: 2026-01-02\n---\n乙的正文。");
        using var temp = new TempDir();
        var output = temp.Combine("output");
        var start = new Barrier(2);
        BuildReport[] Builds(MiniSite site) => [.. Enumerable.Range(0, 3).Select(_ =>
        {
            start.SignalAndWait();
            return SiteBuilder.Build(new BuildOptions(BuildPaths.From(site.Input, Repo.Path("theme"), output)) { Now = SiteBuild.FixedNow });
        })];

        var both = await Task.WhenAll(Task.Run(() => Builds(a)), Task.Run(() => Builds(b)));
        foreach (var report in both.SelectMany(r => r))
        {
            report.NoErrors();
        }

        var files = OutputAssert.IsOneCompleteBuild(output);
        var hasA = files.Contains("notices/a/index.html");
        var hasB = files.Contains("notices/b/index.html");
        Assert.True(hasA ^ hasB, "one site's pages, not both:\n" + string.Join("\n", files));
        OutputAssert.NothingLeftBeside(output);
    }
}
