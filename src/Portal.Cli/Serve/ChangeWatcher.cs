namespace Portal.Cli.Serve;

/// <summary>
/// Watches input/ and theme/ and calls back once a burst of changes settles (editors save several
/// files at once; one rebuild is enough).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ChangeWatcher(IEnumerable<string> folders, Action onChange, TimeSpan settle)
    {
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => _timer.Change(settle, Timeout.InfiniteTimeSpan);
            watcher.Created += (_, _) => _timer.Change(settle, Timeout.InfiniteTimeSpan);
            watcher.Deleted += (_, _) => _timer.Change(settle, Timeout.InfiniteTimeSpan);
            watcher.Renamed += (_, _) => _timer.Change(settle, Timeout.InfiniteTimeSpan);
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
