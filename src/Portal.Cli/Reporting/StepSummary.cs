using System.Text;
using Portal.Diagnostics;

namespace Portal.Cli.Reporting;

/// <summary>
/// A Markdown table of every diagnostic for the job summary (<c>$GITHUB_STEP_SUMMARY</c>). GitHub shows only
/// the first few annotations per step, so the table is where an editor finds them all.
/// </summary>
public static class StepSummary
{
    /// <summary>GitHub accepts up to 1 MiB of summary per step; this many rows stays well below it.</summary>
    public const int MaxRows = 1000;

    public static string Render(BuildReport report, string title)
    {
        var infos = report.Diagnostics.Count(d => d.Severity == Severity.Info);
        var text = new StringBuilder();
        text.Append("### ").Append(title).Append('：').Append(report.Succeeded ? "通过" : "未通过").Append("\n\n");
        text.Append($"{report.Errors} 个错误，{report.Warnings} 个警告，{infos} 条提示。");
        if (report.Diagnostics.Count == 0)
        {
            return text.Append("没有发现问题。\n\n").ToString();
        }

        text.Append("错误必须改正才能发布；警告和提示请尽量处理。各代码的含义见编辑指南 input/README.md。\n\n");
        text.Append("| 级别 | 位置 | 代码 | 说明 |\n|---|---|---|---|\n");
        foreach (var d in report.Diagnostics.Take(MaxRows))
        {
            text.Append("| ").Append(Level(d.Severity))
                .Append(" | ").Append(Code(d.Location.ToString()))
                .Append(" | ").Append(d.Code)
                .Append(" | ").Append(Cell(d.Message)).Append(" |\n");
        }

        if (report.Diagnostics.Count > MaxRows)
        {
            text.Append($"\n另有 {report.Diagnostics.Count - MaxRows} 条未列出，请看这一步的日志。\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Appends to the summary file; GitHub gives each step its own file, so appending is the contract.</summary>
    public static void Append(string path, BuildReport report, string title) =>
        File.AppendAllText(path, Render(report, title), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "❌ 错误",
        Severity.Warning => "⚠️ 警告",
        _ => "ℹ️ 提示",
    };

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("&lt;br>", "<br>", StringComparison.Ordinal);

    private static string Code(string text) => text.Contains('`') ? Cell(text) : "`" + text.Replace("|", "\\|", StringComparison.Ordinal) + "`";
}
