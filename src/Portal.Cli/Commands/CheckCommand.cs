using System.CommandLine;
using Portal.Cli.Editing;
using Portal.Cli.Progress;
using Portal.Cli.Reporting;
using Spectre.Console;

namespace Portal.Cli.Commands;

/// <summary><c>portal check</c>: everything build validates, writing nothing. Exit 1 on any error.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var noTypography = new Option<bool>("--no-typography") { Description = "不做中文排版检查（半角标点、文号括号等）" };
        var fixEncoding = new Option<bool>("--fix-encoding") { Description = "先把 GBK/GB18030、UTF-16 编码的文件转换为 UTF-8（会列出每个转换的文件），再检查" };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）或 json（供工具读取）", DefaultValueFactory = _ => "text", HelpName = "格式" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "检查内容：做构建时的全部校验（含链接、模板），但不写任何文件；有错误时退出码为 1。");
        options.AddTo(command, withOutput: false);
        command.Options.Add(noTypography);
        command.Options.Add(fixEncoding);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var build = options.Read(parse, writeOutput: false) with { Typography = !parse.GetValue(noTypography) };
            if (CommonOptions.ProblemWith(build) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return ExitCodes.BadArguments;
            }

            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(fixEncoding))
            {
                EncodingFixer.Run(build.Paths.Input, build.Paths.InputDisplay, json ? Console.Error : Console.Out);
            }

            // JSON on stdout is for tools: no progress display in that mode.
            var report = json ? SiteBuilder.Build(build) : ProgressDisplay.Around(progress => SiteBuilder.Build(build with { Progress = progress }));
            CheckReporter.FromProcess.Report(report, parse.GetValue(format)!, parse.GetValue(options.Verbose), Console.Out, Terminal.Console);
            return report.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
        });
        return command;
    }
}
