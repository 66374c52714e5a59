using System.CommandLine;
using System.Diagnostics;

namespace Portal.Cli.Commands;

/// <summary><c>portal posters --all [--size a4|a3] [--output folder]</c>: every poster of the site as PDFs.</summary>
public static class PostersCommand
{
    public static Command Create()
    {
        var options = new PosterBuildOptions("a4");
        var all = new Option<bool>("--all") { Description = "生成全部海报（每篇有效的通知公告、实用技术和政策解读各一张）" };
        var output = new Option<string>("--output", "-o") { Description = "PDF 存放目录，按 栏目/标识-纸张.pdf 存放", DefaultValueFactory = _ => "posters-pdf", HelpName = "目录" };
        var command = new Command("posters", "批量生成海报 PDF。");
        options.AddTo(command);
        command.Options.Add(all);
        command.Options.Add(output);
        command.SetAction(async (parse, _) =>
        {
            if (!parse.GetValue(all))
            {
                Console.Error.WriteLine("请加上 --all 生成全部海报；只要一张时用 portal poster 栏目/标识。");
                return ExitCodes.BadArguments;
            }

            var paper = options.Paper(parse);
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            return await PosterBuildOptions.BuildAndPrintAsync(parse, scratch => options.Read(parse, scratch), parse.GetValue(options.Verbose), async (site, browser) =>
            {
                var clock = Stopwatch.StartNew();
                var pages = PosterPages.All(site);
                foreach (var page in pages)
                {
                    var pdf = Path.Combine(folder, page + "-" + paper.Name.ToLowerInvariant() + ".pdf");
                    await (await browser()).RenderAsync(Path.Combine(site, page, "index.html"), pdf, paper.PosterFragment);
                    Console.WriteLine(Path.GetRelativePath(Environment.CurrentDirectory, pdf));
                }

                Console.WriteLine($"已生成 {pages.Count} 张 {paper.Name} 海报，存放在 {folder}，用时 {clock.Elapsed.TotalSeconds:0.0} 秒。");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
