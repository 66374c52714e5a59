using System.Text;
using System.Text.Json;

namespace Portal.Cli.Serve;

/// <summary>
/// Tells open preview tabs that a build finished: each tab holds a Server-Sent Events connection and
/// reloads on "reload", or shows the build's errors as an overlay on "errors" (the last good pages stay).
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__portal/events";
    public const string ScriptPath = "/__portal/live.js";

    private readonly object _gate = new();
    private int _version;
    private string _errors = "";

    public void Built(BuildReport report)
    {
        lock (_gate)
        {
            _version++;
            _errors = report.Succeeded ? "" : string.Join("\n", report.Diagnostics.Where(d => d.Severity == Portal.Diagnostics.Severity.Error).Select(d => d.ToString()));
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Streams events to one tab until it goes away.</summary>
    public async Task StreamAsync(Stream body, Func<Task> flush, CancellationToken cancel)
    {
        int seen;
        lock (_gate)
        {
            seen = _version;
        }

        await Write(body, "hello", "", flush, cancel);
        while (!cancel.IsCancellationRequested)
        {
            var (version, errors) = await Task.Run(() => WaitForChange(seen, cancel), cancel).ConfigureAwait(false);
            if (version == seen)
            {
                await Write(body, "ping", "", flush, cancel);
                continue;
            }

            seen = version;
            await Write(body, errors.Length == 0 ? "reload" : "errors", errors, flush, cancel);
        }
    }

    public static string Script =>
        """
        (function () {
          var source = new EventSource('/__portal/events');
          source.addEventListener('reload', function () { location.reload(); });
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

    private (int Version, string Errors) WaitForChange(int seen, CancellationToken cancel)
    {
        lock (_gate)
        {
            if (_version == seen && !cancel.IsCancellationRequested)
            {
                Monitor.Wait(_gate, TimeSpan.FromSeconds(15));
            }

            return (_version, _errors);
        }
    }

    private static async Task Write(Stream body, string name, string data, Func<Task> flush, CancellationToken cancel)
    {
        var payload = $"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n";
        await body.WriteAsync(Encoding.UTF8.GetBytes(payload), cancel);
        await flush();
    }
}
