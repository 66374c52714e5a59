using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Portal.Cli.Serve;
using Portal.Incremental;
using Spectre.Console;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal serve</c>: build, serve the output on 127.0.0.1, rebuild on every change and reload the browser.
/// It keeps running whatever the content does (see <see cref="PreviewBuilds"/>); even when the first build
/// fails it starts, and the page shows the errors until a save fixes them.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port", "-p") { Description = "端口", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "监听地址；默认只允许本机访问", DefaultValueFactory = _ => "127.0.0.1" };
        var kiosk = new Option<string?>("--kiosk") { Description = "预览 site.yml 中指定编号的触摸屏版本（与 portal build --kiosk 的输出相同）", HelpName = "编号" };
        var cms = new Option<bool>("--cms") { Description = "同时启动内容编辑表单的本地后端（decap-server），在 /admin/ 用表单编辑本机的 input 目录" };
        var cmsPort = new Option<int>("--cms-port") { Description = "decap-server 的端口", DefaultValueFactory = _ => 8081 };
        var command = new Command("serve", "本地预览：构建后在 http://127.0.0.1:5080/ 提供网站；内容或模板改动后只重建受影响的页面，并刷新显示这些页面的浏览器标签。");
        options.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(kiosk);
        command.Options.Add(cms);
        command.Options.Add(cmsPort);
        command.SetAction(async (parse, cancel) =>
        {
            var console = Terminal.Console;
            var listen = parse.GetValue(port);
            var build = options.Read(parse) with { BaseUrl = parse.GetValue(options.BaseUrl) ?? $"http://127.0.0.1:{listen}/", Kiosk = parse.GetValue(kiosk) };
            if (CommonOptions.ProblemWith(build) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return ExitCodes.BadArguments;
            }

            using var decap = parse.GetValue(cms) ? StartCms(build, parse.GetValue(cmsPort)) : null;
            if (parse.GetValue(cms) && decap is null)
            {
                return ExitCodes.BadArguments;
            }

            if (decap is not null)
            {
                build = build with { LocalCms = new Portal.Cms.CmsLocalBackend($"http://127.0.0.1:{parse.GetValue(cmsPort)}/api/v1") };
            }

            var live = new LiveReload();
            var verbose = parse.GetValue(options.Verbose);
            // Keeps every stage's results between builds: a change re-does only what it affects.
            var builds = new PreviewBuilds(
                new Portal.Engine.SiteEngine(build),
                live,
                report =>
                {
                    ReportPrinter.Diagnostics(report, Console.Out);
                    ReportPrinter.Summary(report, console, verbose, "构建");
                },
                (line, exception) =>
                {
                    console.MarkupLine($"[red]{Markup.Escape(line)}[/]");
                    if (verbose)
                    {
                        Console.Error.WriteLine(exception);
                    }
                });

            builds.Rebuild(null);
            Directory.CreateDirectory(build.Paths.Output);
            using var watcher = new ChangeWatcher([build.Paths.Input, build.Paths.Theme], builds.Rebuild, ChangeWatcher.Settle);
            var app = PreviewServer.Create(build.Paths.Output, parse.GetValue(host)!, listen, live);
            await app.StartAsync(cancel);
            console.MarkupLine($"[green]预览地址：http://{parse.GetValue(host)}:{listen}/[/]　按 Ctrl+C 停止。");
            if (decap is not null)
            {
                console.MarkupLine($"[green]编辑表单：http://{parse.GetValue(host)}:{listen}/admin/[/]　（本地后端，保存即写入 input 目录）");
            }

            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>decap-server for the repository holding input/; null (with the message printed) when it is not installed. Without a cms section in site.yml there is no admin/ to use it.</summary>
    private static DecapServer? StartCms(BuildOptions build, int port)
    {
        if (DecapServer.Find(build.Paths.Input) is not { } script)
        {
            Console.Error.WriteLine("找不到 decap-server：请先在网站文件夹运行 npm install decap-server@3.11.3（或在本仓库运行 npm install --prefix tools/cms），见 docs/cms.md。");
            return null;
        }

        return DecapServer.Start(script, Portal.Cms.AdminSite.ContentRoot(build.Paths.Input), port);
    }
}
