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
/// reload script injected on the way out; files on disk are never changed for the preview.
/// </summary>
public static class PreviewServer
{
    public static WebApplication Create(string outputFolder, string host, int port, LiveReload live)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(outputFolder);

        // Branches (not routed endpoints): endpoints run at the end of the pipeline, after the 404 fallback.
        app.Map(new PathString(LiveReload.EventsPath), branch => branch.Run(async context =>
        {
            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
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
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        app.Run(async context =>
        {
            context.Response.StatusCode = 404;
            var notFound = files.GetFileInfo("404.html");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(notFound.Exists ? await File.ReadAllTextAsync(notFound.PhysicalPath!) : "404");
        });
        return app;
    }
}
