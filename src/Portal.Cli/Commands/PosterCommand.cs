using System.CommandLine;
using System.Text.RegularExpressions;

namespace Portal.Cli.Commands;

/// <summary><c>portal poster &lt;section&gt;/&lt;slug&gt; [--size a4|a3] [--output file.pdf]</c>: one poster as a PDF.</summary>
public static partial class PosterCommand
{
    public static Command Create()
    {
        var options = new PosterBuildOptions("a4");
        var target = new Argument<string>("栏目/标识") { Description = "要打印的内容，例如 notices/keji-huodongzhou-2026（栏目为 notices、techniques 或 policies）" };
        var output = new Option<string?>("--output", "-o") { Description = "PDF 文件路径（默认为当前目录下的 <标识>-<纸张>.pdf）", HelpName = "文件" };
        var command = new Command("poster", "把一篇通知公告、实用技术或政策解读做成海报 PDF（A4 或 A3，带二维码），用 Chromium 生成。") { target };
        options.AddTo(command);
        command.Options.Add(output);
        command.SetAction(async (parse, _) =>
        {
            var text = parse.GetValue(target)!.Trim().Trim('/');
            if (!TargetPattern().IsMatch(text))
            {
                Console.Error.WriteLine($"“{text}”不是有效的海报目标：应写成 栏目/标识，例如 notices/keji-huodongzhou-2026，栏目为 notices、techniques 或 policies。");
                return ExitCodes.BadArguments;
            }

            var paper = options.Paper(parse);
            var slug = text[(text.IndexOf('/') + 1)..];
            var pdf = Path.GetFullPath(parse.GetValue(output) ?? $"{slug}-{paper.Name.ToLowerInvariant()}.pdf");
            return await PosterBuildOptions.BuildAndPrintAsync(parse, scratch => options.Read(parse, scratch), parse.GetValue(options.Verbose), async (site, browser) =>
            {
                var html = PosterPages.Find(site, text);
                if (html is null)
                {
                    Console.Error.WriteLine($"没有 {text} 的海报：只有已发布、未过期、未撤销的通知公告、实用技术和政策解读才有海报。请检查栏目和标识（文件名）。");
                    return ExitCodes.BadArguments;
                }

                await (await browser()).RenderAsync(html, pdf, paper.PosterFragment);
                Console.WriteLine($"已生成 {paper.Name} 海报：{pdf}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    [GeneratedRegex("^(notices|techniques|policies)/[a-z0-9-]+$")]
    private static partial Regex TargetPattern();
}
