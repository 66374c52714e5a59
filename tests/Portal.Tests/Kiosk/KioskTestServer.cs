using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Kiosk;

/// <summary>
/// A static file server on 127.0.0.1 (Kestrel) for a published kiosk build, which logs every request
/// and can misbehave on cue: drop every connection after N file requests, or cut one file off half-way.
/// </summary>
public sealed class KioskTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _fileRequests;

    private KioskTestServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request: decoded path and Range header ("" when none).</summary>
    public ConcurrentQueue<(string Path, string Range)> Requests { get; } = new();

    /// <summary>When set, file requests after this many are answered by dropping the connection.</summary>
    public int? DropAfterFiles { get; set; }

    /// <summary>When set, the next request for this path sends half its bytes and drops the connection.</summary>
    public string? CutOnce { get; set; }

    /// <summary>When set, requests for this path get this Content-Length and then one byte every 50 ms, never more.</summary>
    public (string Path, long ContentLength)? Trickle { get; set; }

    public IEnumerable<string> FileRequests => Requests.Select(r => r.Path).Where(p => p != "manifest.json");

    public void ResetLog()
    {
        Requests.Clear();
        _fileRequests = 0;
    }

    public static async Task<KioskTestServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new KioskTestServer(app);
        var files = new PhysicalFileProvider(folder);
        app.Use(async (context, next) =>
        {
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            server.Requests.Enqueue((path, context.Request.Headers.Range.ToString()));
            if (server.Trickle is { } trickle && trickle.Path == path)
            {
                await TrickleAsync(context, trickle.ContentLength);
                return;
            }

            if (path != "manifest.json")
            {
                if (server.DropAfterFiles is { } n && Interlocked.Increment(ref server._fileRequests) > n)
                {
                    context.Abort();
                    return;
                }

                if (server.CutOnce == path && files.GetFileInfo(path) is { Exists: true } info)
                {
                    server.CutOnce = null;
                    var bytes = await File.ReadAllBytesAsync(info.PhysicalPath!);
                    context.Response.ContentLength = bytes.Length;
                    await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                    await context.Response.Body.FlushAsync();
                    context.Abort();
                    return;
                }
            }

            await next();
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.Single() + "/");
        return server;
    }

    private static async Task TrickleAsync(HttpContext context, long contentLength)
    {
        context.Response.ContentLength = contentLength;
        try
        {
            for (long sent = 0; sent < contentLength; sent++)
            {
                await context.Response.Body.WriteAsync("{"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(50, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
