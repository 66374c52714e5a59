using System.CommandLine;
using System.Globalization;
using Portal.Load;

namespace Portal.Cli;

/// <summary>Options shared by build, check and serve.</summary>
public sealed class CommonOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "内容目录", DefaultValueFactory = _ => "input", HelpName = "目录" };

    public Option<string> Theme { get; } = new("--theme") { Description = "主题目录", DefaultValueFactory = _ => "theme", HelpName = "目录" };

    public Option<string> Output { get; } = new("--output") { Description = "输出目录（构建成功后整体替换）", DefaultValueFactory = _ => "output", HelpName = "目录" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "覆盖 site.yml 中的 base_url（用于订阅源、网站地图）", HelpName = "网址" };

    public Option<DateTimeOffset?> Now { get; } = new("--now")
    {
        Description = "把“现在”设为指定时间（北京时间），例如 2026-03-01 或 2026-03-01T09:30，用于重现某天的构建结果",
        HelpName = "日期",
        CustomParser = result => ParseNow(result.Tokens.Single().Value, result),
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "显示各阶段耗时；发生内部错误时显示详细信息" };

    public void AddTo(Command command, bool withOutput = true)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (withOutput)
        {
            command.Options.Add(Output);
        }

        command.Options.Add(BaseUrl);
        command.Options.Add(Now);
        command.Options.Add(Verbose);
    }

    /// <summary>
    /// Says in Chinese what is wrong with the folders given, or null when they exist and the output folder
    /// may be replaced (<see cref="Portal.Output.OutputFolderRules"/>: never a root, the home folder, the
    /// current folder or a folder this tool did not make). Checked before anything is written.
    /// </summary>
    public static string? ProblemWith(BuildOptions options)
    {
        var paths = options.Paths;
        if (!Directory.Exists(paths.Input))
        {
            return $"找不到内容目录 {paths.InputDisplay}：请在仓库根目录运行，或用 --input 指定。";
        }

        if (!Directory.Exists(paths.Theme))
        {
            return $"找不到主题目录 {paths.ThemeDisplay}：请在仓库根目录运行，或用 --theme 指定。";
        }

        if (paths.OutputOverlapsSources)
        {
            return $"输出目录不能与内容目录或主题目录重叠：{paths.Output}";
        }

        return options.WriteOutput ? Portal.Output.OutputFolderRules.ProblemWith(paths) : null;
    }

    public BuildOptions Read(ParseResult parse, bool writeOutput = true) =>
        new(BuildPaths.From(parse.GetValue(Input)!, parse.GetValue(Theme)!, parse.GetValue(Output) ?? "output"))
        {
            Now = parse.GetValue(Now),
            BaseUrl = parse.GetValue(BaseUrl),
            WriteOutput = writeOutput,
        };

    private static DateTimeOffset? ParseNow(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, SiteConfigLoader.ChinaStandardTime.GetUtcOffset(local));
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        result.AddError($"--now 的值“{text}”不是有效的日期，应写成 2026-03-01 或 2026-03-01T09:30。");
        return null;
    }
}
