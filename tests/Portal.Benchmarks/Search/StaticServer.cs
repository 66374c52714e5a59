using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.Benchmarks;

/// <summary>
/// A minimal static file server on 127.0.0.1 (HttpListener), because Pagefind fetches its index and cannot
/// run from file://. It serves a site folder, optionally a second folder under one URL prefix (Pagefind's
/// bundle, written beside the site so the engine's output is never touched), and small generated pages.
/// It counts the body bytes and requests it served under a prefix, so a probe can read what one query
/// transferred: no compression, so a file's bytes on disk are its bytes on the wire.
/// </summary>
internal sealed class StaticServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly (string Prefix, string Dir)? _mount;
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private long _bytes;
    private long _requests;

    public StaticServer(string root, (string Prefix, string Dir)? mount = null)
    {
        _root = Path.GetFullPath(root);
        _mount = mount is { } m ? (m.Prefix, Path.GetFullPath(m.Dir)) : null;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Bytes and requests served so far under the mount prefix (e.g. "/pagefind/").</summary>
    public (long Bytes, long Requests) Counted => (Interlocked.Read(ref _bytes), Interlocked.Read(ref _requests));

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> (e.g. "/__bench/pagefind.html").</summary>
    public void AddPage(string path, string html) => _pages[path] = html;

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop with one of these; nothing is lost.
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            byte[]? body = null;
            var type = "text/html; charset=utf-8";
            if (_pages.TryGetValue(path, out var page))
            {
                body = Encoding.UTF8.GetBytes(page);
            }
            else if (Resolve(path) is { } file)
            {
                body = File.ReadAllBytes(file);
                type = ContentType(file);
                if (_mount is { } mount && path.StartsWith(mount.Prefix, StringComparison.Ordinal))
                {
                    Interlocked.Add(ref _bytes, body.Length);
                    Interlocked.Increment(ref _requests);
                }
            }

            response.StatusCode = body is null ? 404 : 200;
            body ??= Encoding.UTF8.GetBytes("not found");
            response.ContentType = type;
            response.Headers["Cache-Control"] = "no-store";
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            // The browser went away mid-response (a page closed): nothing to do.
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The file a URL path names, never outside the served folders; a folder gives its index.html.</summary>
    private string? Resolve(string path)
    {
        var (dir, rest) = _mount is { } mount && path.StartsWith(mount.Prefix, StringComparison.Ordinal)
            ? (mount.Dir, path[mount.Prefix.Length..])
            : (_root, path.TrimStart('/'));
        var full = Path.GetFullPath(Path.Combine(dir, rest));
        if (!full.StartsWith(dir + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != dir)
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".wasm" => "application/wasm",
        ".xml" => "application/xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
