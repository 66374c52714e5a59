using System.CommandLine;
using Spectre.Console;

namespace Portal.Cli.Commands;

/// <summary><c>portal build</c>: build the site into the output folder, replacing it only on success.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("build", "构建网站：校验全部内容，成功后整体替换输出目录（失败时保留上一次的结果）。");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var build = options.Read(parse);
            if (CommonOptions.ProblemWith(build) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return ExitCodes.BadArguments;
            }

            var report = SiteBuilder.Build(build);
            ReportPrinter.Diagnostics(report, Console.Out);
            ReportPrinter.Summary(report, Terminal.Console, parse.GetValue(options.Verbose), "构建");
            return report.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
        });
        return command;
    }
}
