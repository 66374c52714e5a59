namespace Portal.Incremental;

/// <summary>
/// Watches input/ and theme/ and calls back once a burst of changes settles (editors save several
/// files at once; one rebuild is enough), with the paths that changed — or null when the watcher lost
/// track (buffer overflow, a folder renamed), so the build looks at every file.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>
    /// How long a burst must stay quiet before the build starts: serve's whole latency budget for a body edit
    /// is 50 ms from the save to the page on disk, and the build takes about 5 ms of that. An editor's save is
    /// one write (or a temp file and a rename) well inside this; a later event only starts one more build.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(20);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly object _gate = new();
    private HashSet<string>? _changed = new(StringComparer.Ordinal);

    public ChangeWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>?> onChange, TimeSpan settle)
    {
        _timer = new Timer(_ => onChange(Take()), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true, InternalBufferSize = 64 * 1024 };
            void Note(string? path)
            {
                lock (_gate)
                {
                    // A folder event (bundle moved, folder deleted) says nothing about the files inside it.
                    if (path is null || Directory.Exists(path))
                    {
                        _changed = null;
                    }
                    else
                    {
                        _changed?.Add(path);
                    }
                }

                _timer.Change(settle, Timeout.InfiniteTimeSpan);
            }

            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
            watcher.Error += (_, _) => Note(null);
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

    private IReadOnlyCollection<string>? Take()
    {
        lock (_gate)
        {
            var changed = _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            return changed;
        }
    }
}
