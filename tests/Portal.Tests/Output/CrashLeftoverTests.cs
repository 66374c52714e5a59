using Portal.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

public class CrashLeftoverTests
{
    private const string Notice = "---\ntitle: 通知\ndate: 2026-01-01\n---\n正文。";

    [Fact]
    public void LeftoversUnderTheToolsOwnNamesAreCleanedAndNothingElseIsTouched()
    {
        using var site = new MiniSite().With("notices/a.md", Notice);
        var folder = OutputFolder.For(site.Output)!;
        var parent = folder.Parent;
        // A run killed mid-publish (another process id), and folders that merely look similar.
        File.WriteAllText(Write(Path.Combine(parent, ".output.portal-staging-4242")), "half a site");
        File.WriteAllText(Write(folder.Previous), "old site");
        var lookalikes = new[] { "output.staging", "output.previous", ".staging", ".previous", ".other.portal-staging-1" };
        foreach (var name in lookalikes)
        {
            File.WriteAllText(Write(Path.Combine(parent, name)), "keep me");
        }

        site.Build().NoErrors();

        OutputAssert.IsOneCompleteBuild(site.Output);
        OutputAssert.NothingLeftBeside(site.Output);
        foreach (var name in lookalikes)
        {
            Assert.Equal("keep me", File.ReadAllText(Path.Combine(parent, name, "file.txt")));
        }
    }

    [Fact]
    public void AnOutputMovedAsideByAKilledRunIsPutBackFirst()
    {
        using var site = new MiniSite().With("notices/a.md", Notice);
        site.Build().NoErrors();
        var folder = OutputFolder.For(site.Output)!;
        var page = Path.Combine(site.Output, "notices/a/index.html");
        var stamp = File.GetLastWriteTimeUtc(page);
        // Killed between the two renames of the swap: the last good site waits under its "previous" name.
        Directory.Move(site.Output, folder.Previous);

        var report = site.Build();

        report.NoErrors();
        Assert.True(report.Published!.Unchanged > 0, "the put-back output is reused, not rebuilt from nothing");
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(page));
        OutputAssert.NothingLeftBeside(site.Output);
    }

    private static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "file.txt");
    }
}
