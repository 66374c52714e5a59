using Portal.Cli.Reporting;
using Portal.Diagnostics;
using Spectre.Console;

namespace Portal.Cli;

/// <summary>Prints a build's diagnostics (one compiler-style line each) and its summary.</summary>
public static class ReportPrinter
{
    private static readonly IReadOnlyDictionary<string, string> KindNames = new Dictionary<string, string>
    {
        ["home"] = "首页",
        ["notice"] = "通知公告",
        ["technique"] = "实用技术",
        ["policy"] = "政策解读",
        ["page"] = "页面",
        ["list"] = "列表页",
        ["terms"] = "索引页",
        ["redirect"] = "跳转页",
        ["search"] = "搜索页",
        ["404"] = "404 页",
    };

    /// <summary>
    /// One plain line per diagnostic, never wrapped, so editors' terminals and CI can link file:line:col;
    /// floods of one code are cut to a few lines per file and counted (<see cref="DiagnosticDigest"/>).
    /// </summary>
    public static void Diagnostics(BuildReport report, TextWriter writer)
    {
        var colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var line in DiagnosticDigest.Of(report.Diagnostics))
        {
            var code = line.Severity switch { Severity.Error => "31", Severity.Warning => "33", _ => "34" };
            var text = DiagnosticDigest.Text(line);
            writer.WriteLine(colour ? $"\u001b[{code}m{text}\u001b[0m" : text);
        }
    }

    public static void Summary(BuildReport report, IAnsiConsole console, bool verbose, string verb)
    {
        if (verbose)
        {
            var stages = new Table().Border(TableBorder.Rounded).AddColumn("阶段").AddColumn(new TableColumn("耗时 (ms)").RightAligned());
            foreach (var t in report.Timings)
            {
                stages.AddRow(t.Stage, t.Elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(stages);
        }

        var pages = string.Join("，", report.PagesByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{KindNames.GetValueOrDefault(k.Key, k.Key)} {k.Value}"));
        var written = report.Published is { } p ? $"；写入 {p.Written} 个文件，{p.Unchanged} 个未变，删除 {p.Removed} 个" : "";
        var status = report.Succeeded ? $"[green]{verb}成功[/]" : $"[red]{verb}失败[/]";
        console.MarkupLine($"{status}：{report.Errors} 个错误，{report.Warnings} 个警告，用时 {report.Total.TotalSeconds:0.00} 秒。");
        if (report.UpToDate)
        {
            // The warnings above are the last build's, shown again: the same sources give the same ones.
            console.MarkupLine(Markup.Escape($"输出已是最新：自上次构建以来内容、主题和选项都没有变化，{report.FileCount} 个文件保持原样，未重新生成。"));
        }
        else if (report.PagesByKind.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"页面：{pages}（共 {report.FileCount} 个文件{written}）"));
        }
    }
}
