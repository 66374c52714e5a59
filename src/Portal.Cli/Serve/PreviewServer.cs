using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Cli.Serve;

/// <summary>
/// Serves the output folder on loopback with ASP.NET Core's static files. HTML pages get the live
/// reload script injected on the way out; files on disk are never changed for the preview. Only GET and
/// HEAD, and only for the Host names of the address it listens on (<see cref="HostRule"/>).
/// </summary>
public static class PreviewServer
{
    public static WebApplication Create(string outputFolder, string host, int port, LiveReload live)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // An IPv6 address needs brackets in a URL.
        builder.WebHost.UseUrls($"http://{(host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host)}:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(outputFolder);
        var hosts = new HostRule(host, port);

        // First, before any branch (the live-reload stream included): only reads, only under our own names.
        app.Use(async (context, next) =>
        {
            if (!hosts.Allows(context.Request.Headers.Host))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync($"已拒绝：预览只接受 {host}:{port} 或 localhost:{port} 的访问。\n");
                return;
            }

            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD";
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("预览只支持 GET 和 HEAD 请求。\n");
                return;
            }

            await next();
        });

        // Branches (not routed endpoints): endpoints run at the end of the pipeline, after the 404 fallback.
        app.Map(new PathString(LiveReload.EventsPath), branch => branch.Run(async context =>
        {
            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            if (HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }

            try
            {
                await live.StreamAsync(context.Response.Body, () => context.Response.Body.FlushAsync(context.RequestAborted), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The tab was closed or reloaded.
            }
        }));
        app.Map(new PathString(LiveReload.ScriptPath), branch => branch.Run(context =>
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            return context.Response.WriteAsync(LiveReload.Script);
        }));
        app.Use(async (context, next) =>
        {
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
            var file = path.EndsWith('/') ? path + "index.html" : path;
            var info = files.GetFileInfo(file);
            if (info is { Exists: false } && !Path.HasExtension(file) && files.GetFileInfo(file + "/index.html") is { Exists: true })
            {
                context.Response.Redirect(context.Request.Path + "/");
                return;
            }

            if (!file.EndsWith(".html", StringComparison.Ordinal) || !info.Exists)
            {
                await next();
                return;
            }

            var html = await File.ReadAllTextAsync(info.PhysicalPath!);
            var tag = $"<script src=\"{LiveReload.ScriptPath}\"></script>";
            html = html.Contains("</body>", StringComparison.Ordinal) ? html.Replace("</body>", tag + "</body>", StringComparison.Ordinal) : html + tag;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(html, Encoding.UTF8);
        });
        // admin/config.yml (Decap CMS) is the one file type the default table lacks.
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".yml"] = "text/yaml; charset=utf-8";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false, ContentTypeProvider = types });
        app.Run(async context =>
        {
            var notFound = files.GetFileInfo("404.html");
            context.Response.ContentType = "text/html; charset=utf-8";
            if (!notFound.Exists && live.CurrentErrors.Length > 0)
            {
                // No good build yet (the first one failed): a page that shows the errors and reloads
                // itself when a save fixes them.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync($"<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>预览尚未生成</title><body><h1>预览尚未生成</h1><p>网站还没有构建成功，修改并保存后本页会自动刷新。</p><script src=\"{LiveReload.ScriptPath}\"></script></body></html>", Encoding.UTF8);
                return;
            }

            context.Response.StatusCode = 404;
            await context.Response.WriteAsync(notFound.Exists ? await File.ReadAllTextAsync(notFound.PhysicalPath!) : "404");
        });
        return app;
    }
}
