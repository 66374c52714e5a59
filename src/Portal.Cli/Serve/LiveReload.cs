using System.Text;
using System.Text.Json;

namespace Portal.Cli.Serve;

/// <summary>
/// Tells open preview tabs that a build finished: each tab holds a Server-Sent Events connection and gets
/// "reload" with the output files that changed (it reloads only when its own page or a shared asset is among
/// them; "*" means everything), or "errors" to show as an overlay (the last good pages stay).
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__portal/events";
    public const string ScriptPath = "/__portal/live.js";

    private const int History = 64;
    private readonly object _gate = new();
    private readonly List<(int Version, IReadOnlyList<string>? Files)> _changes = [];
    private readonly HashSet<string> _announced = new(StringComparer.Ordinal);
    private int _version;
    private string _errors = "";

    /// <summary>Some pages are on disk already (the rest of the build is still running): reload their tabs now.</summary>
    public void PagesWritten(IReadOnlyList<string> files)
    {
        if (files.Count > 0)
        {
            lock (_gate)
            {
                _announced.UnionWith(files);
            }

            Changed(files, "");
        }
    }

    public void Built(BuildReport report)
    {
        var errors = report.Succeeded ? "" : string.Join("\n", report.Diagnostics.Where(d => d.Severity == Portal.Diagnostics.Severity.Error).Select(d => d.ToString()));
        IReadOnlyList<string>? files;
        bool wasFailing;
        lock (_gate)
        {
            // Tabs reloaded by PagesWritten need not reload again for the same files.
            files = report.ChangedFiles?.Where(f => !_announced.Contains(f)).ToList();
            _announced.Clear();
            wasFailing = _errors.Length > 0;
        }

        if (errors.Length > 0 || wasFailing || files is not { Count: 0 })
        {
            // After a failure every tab shows the overlay: clear it everywhere.
            Changed(wasFailing ? null : files, errors);
        }
    }

    /// <summary>
    /// A rebuild threw: every tab shows <paramref name="message"/> over its page (the last good one), and
    /// the next good build reloads them all (after an exception nothing is known about what changed).
    /// </summary>
    public void Failed(string message)
    {
        lock (_gate)
        {
            _announced.Clear();
        }

        Changed(null, message);
    }

    /// <summary>The errors of the last build, empty when it succeeded.</summary>
    public string CurrentErrors
    {
        get
        {
            lock (_gate)
            {
                return _errors;
            }
        }
    }

    private void Changed(IReadOnlyList<string>? files, string errors)
    {
        lock (_gate)
        {
            _version++;
            _errors = errors;
            _changes.Add((_version, files));
            if (_changes.Count > History)
            {
                _changes.RemoveAt(0);
            }

            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Streams events to one tab until it goes away.</summary>
    public async Task StreamAsync(Stream body, Func<Task> flush, CancellationToken cancel)
    {
        int seen;
        string errors;
        lock (_gate)
        {
            seen = _version;
            errors = _errors;
        }

        await Write(body, "hello", "", flush, cancel);
        if (errors.Length > 0)
        {
            // A tab opened (or reloaded) while the build is failing shows the errors too.
            await Write(body, "errors", errors, flush, cancel);
        }

        while (!cancel.IsCancellationRequested)
        {
            var (version, latest, files) = await Task.Run(() => WaitForChange(seen, cancel), cancel).ConfigureAwait(false);
            if (version == seen)
            {
                await Write(body, "ping", "", flush, cancel);
                continue;
            }

            seen = version;
            await Write(body, latest.Length == 0 ? "reload" : "errors", latest.Length == 0 ? files : latest, flush, cancel);
        }
    }

    public static string Script =>
        """
        (function () {
          var source = new EventSource('/__portal/events');
          // This tab's file in the output: "/notices/x/" → "notices/x/index.html".
          var path = decodeURIComponent(location.pathname).replace(/^\//, '');
          if (path === '' || /\/$/.test(path)) { path += 'index.html'; }
          source.addEventListener('reload', function (e) {
            var files = JSON.parse(JSON.parse(e.data));
            if (files === '*' || files.some(function (f) { return f === path || /^assets\//.test(f); })) {
              location.reload();
            }
          });
          source.addEventListener('errors', function (e) {
            var box = document.getElementById('portal-errors') || document.createElement('pre');
            box.id = 'portal-errors';
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:16px;background:#fff4f4;color:#8a1c1c;border-top:4px solid #b3261e;font:16px/1.5 monospace;z-index:99999;white-space:pre-wrap';
            box.textContent = '构建失败（页面保持上一次成功的结果）：\n' + JSON.parse(e.data);
            document.body.appendChild(box);
          });
        })();
        """;

    /// <summary>The newest version, its errors, and (as JSON) every file changed since <paramref name="seen"/>.</summary>
    private (int Version, string Errors, string Files) WaitForChange(int seen, CancellationToken cancel)
    {
        lock (_gate)
        {
            if (_version == seen && !cancel.IsCancellationRequested)
            {
                Monitor.Wait(_gate, TimeSpan.FromSeconds(15));
            }

            var missed = _changes.Where(c => c.Version > seen).ToList();
            var everything = missed.Count == 0 || missed.Any(c => c.Files is null) || _changes[0].Version > seen + 1;
            var files = everything ? (object)"*" : missed.SelectMany(c => c.Files!).Distinct(StringComparer.Ordinal).ToList();
            return (_version, _errors, JsonSerializer.Serialize(files));
        }
    }

    private static async Task Write(Stream body, string name, string data, Func<Task> flush, CancellationToken cancel)
    {
        var payload = $"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n";
        await body.WriteAsync(Encoding.UTF8.GetBytes(payload), cancel);
        await flush();
    }
}
