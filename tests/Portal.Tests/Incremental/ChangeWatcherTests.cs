using System.Collections.Concurrent;
using Portal.Incremental;
using Portal.Tests.Support;

namespace Portal.Tests.Incremental;

/// <summary>serve's watcher: a burst of saves becomes one call naming the files, soon after the last one.</summary>
public sealed class ChangeWatcherTests
{
    private static (BlockingCollection<IReadOnlyCollection<string>?> Calls, ChangeWatcher Watcher) Watch(string folder)
    {
        Directory.CreateDirectory(folder);
        var calls = new BlockingCollection<IReadOnlyCollection<string>?>();
        return (calls, new ChangeWatcher([folder], calls.Add, ChangeWatcher.Settle));
    }

    [Fact]
    public void A_burst_of_saves_is_reported_with_the_files_it_touched()
    {
        using var temp = new TempDir();
        var folder = temp.Combine("input");
        var (calls, watcher) = Watch(folder);
        using var watching = watcher;

        var first = Path.Combine(folder, "a.md");
        var second = Path.Combine(folder, "b.md");
        File.WriteAllText(first, "一");
        File.WriteAllText(second, "二");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!seen.IsSupersetOf([first, second]) && calls.TryTake(out var changed, TimeSpan.FromSeconds(10)))
        {
            Assert.NotNull(changed);
            seen.UnionWith(changed);
        }

        Assert.Superset(new HashSet<string>([first, second]), seen);
    }

    [Fact]
    public void A_new_folder_means_look_at_everything()
    {
        using var temp = new TempDir();
        var folder = temp.Combine("input");
        var (calls, watcher) = Watch(folder);
        using var watching = watcher;

        Directory.CreateDirectory(Path.Combine(folder, "notices"));

        Assert.True(calls.TryTake(out var changed, TimeSpan.FromSeconds(10)), "no call within 10 s");
        Assert.Null(changed);
    }
}
