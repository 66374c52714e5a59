using System.CommandLine;
using Spectre.Console;

namespace Portal.Cli.Commands;

/// <summary><c>portal check</c>: everything build validates, writing nothing. Exit 1 on any error.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("check", "检查内容：做构建时的全部校验（含链接、模板），但不写任何文件；有错误时退出码为 1。");
        options.AddTo(command, withOutput: false);
        command.SetAction(parse =>
        {
            var build = options.Read(parse, writeOutput: false);
            if (CommonOptions.ProblemWith(build) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return ExitCodes.BadArguments;
            }

            var report = SiteBuilder.Build(build);
            ReportPrinter.Diagnostics(report, Console.Out);
            ReportPrinter.Summary(report, Terminal.Console, parse.GetValue(options.Verbose), "检查");
            return report.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
        });
        return command;
    }
}
