using System.CommandLine;
using System.Globalization;
using Portal.Load;
using Portal.Posters;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal bulletin [--date D] [--size a3] [--days 7] [--issue N] [--output file.pdf]</c>: the weekly
/// bulletin (科技之窗 第N期) for a date, as HTML and PDF side by side.
/// </summary>
public static class BulletinCommand
{
    public static Command Create()
    {
        var options = new PosterBuildOptions("a3");
        var date = new Option<DateOnly?>("--date")
        {
            Description = "本期日期，例如 2026-11-23（默认今天）；紧急、新发布和过期都按这一天计算",
            HelpName = "日期",
            CustomParser = result => ParseDate(result.Tokens.Single().Value, result),
        };
        var days = new Option<int>("--days") { Description = "距上一期的天数：这些天内发布的内容算作新发布", DefaultValueFactory = _ => new BulletinSettings().Days, HelpName = "天数" };
        var issue = new Option<int?>("--issue") { Description = "期号（默认为本期日期所在的周数）", HelpName = "期号" };
        var output = new Option<string?>("--output", "-o") { Description = "PDF 文件路径，同名 .html 放在旁边（默认为 bulletin-<日期>-<纸张>.pdf）", HelpName = "文件" };
        var command = new Command("bulletin", "生成每周简报“科技之窗 第N期”：紧急通知和新发布的内容排在一张纸上，每条带二维码；输出 HTML 和 PDF。");
        options.AddTo(command);
        command.Options.Add(date);
        command.Options.Add(days);
        command.Options.Add(issue);
        command.Options.Add(output);
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(days) < 1)
            {
                Console.Error.WriteLine("--days 应为正整数。");
                return ExitCodes.BadArguments;
            }

            var paper = options.Paper(parse);
            var day = parse.GetValue(date);
            // The bulletin of a day is made at the end of it: everything published that day is in it.
            DateTimeOffset? now = day is { } d ? EndOf(d) : null;
            var settings = new BulletinSettings { Days = parse.GetValue(days), Issue = parse.GetValue(issue) };
            var label = (day ?? DateOnly.FromDateTime(DateTime.Now)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var pdf = Path.GetFullPath(parse.GetValue(output) ?? $"bulletin-{label}-{paper.Name.ToLowerInvariant()}.pdf");
            var html = Path.ChangeExtension(pdf, ".html");
            return await PosterBuildOptions.BuildAndPrintAsync(parse, scratch => options.Read(parse, scratch, now, settings), parse.GetValue(options.Verbose), async (site, browser) =>
            {
                var source = Path.Combine(site, PosterPaths.BulletinFolder, paper.FileName);
                await (await browser()).RenderAsync(source, pdf);
                File.Copy(source, html, overwrite: true);
                Console.WriteLine($"已生成 {paper.Name} 简报：{pdf}");
                Console.WriteLine($"网页版：{html}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static DateTimeOffset EndOf(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(23, 59, 59));
        return new DateTimeOffset(local, SiteConfigLoader.ChinaStandardTime.GetUtcOffset(local));
    }

    private static DateOnly? ParseDate(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"--date 的值“{text}”不是有效的日期，应写成 2026-11-23。");
        return null;
    }
}
