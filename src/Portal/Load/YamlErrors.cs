using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Load;

/// <summary>
/// Turns any failure of YamlDotNet (syntax, semantic, anchors, its own internal errors) into one
/// Chinese explanation and the place the editor should look. YamlDotNet's messages are English; the
/// original is kept in brackets for reference when it says something.
/// </summary>
internal static class YamlErrors
{
    public sealed record Explanation(int Line, int Column, string Message);

    public static Explanation Explain(Exception e, GuardedYamlParser parser)
    {
        var yaml = e as YamlException;
        var english = yaml is null ? "" : (yaml.InnerException?.Message ?? yaml.Message).Trim();
        var at = yaml is not null && yaml.Start.Line > 0 ? yaml.Start : parser.LastGood;
        var hint = Specific(e, english);
        if (hint is null && parser.OpenFlow is { } open)
        {
            // Half-typed lists and mappings: point at the bracket that was opened, where the fix goes.
            at = open.Start;
            hint = open is SequenceStart
                ? "方括号 [ 没有配对的 ]：列表应写成 tags: [a, b]"
                : "花括号 { 没有配对的 }：应写成 expert: {name: 张三, org: 农科所}";
        }

        hint ??= General(english);
        var original = english.Length > 0 ? $"（{english}）" : "";
        return new Explanation(Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), hint + original);
    }

    /// <summary>Causes that are clear whatever is open around them.</summary>
    private static string? Specific(Exception e, string message) => e switch
    {
        YamlNestingException => $"列表或映射嵌套超过 {GuardedYamlParser.MaxDepth} 层：请检查是否多写了 [ 或 {{",
        AnchorNotFoundException => "* 在 YAML 中表示引用（别名），以 * 或 & 开头的值请加引号，例如 title: \"*重要*通知\"",
        _ when Has(message, "quoted scalar") && Has(message, "escape") => "双引号里的反斜杠 \\ 要写成 \\\\，或改用单引号",
        _ when Has(message, "quoted scalar") => "引号没有闭合",
        _ when Has(message, "anchor or alias") => "& 和 * 在 YAML 中有特殊含义，以它们开头的值请加引号",
        _ when Has(message, "Duplicate key") => "同一个键写了两次",
        _ when Has(message, "mapping values are not allowed") => "这里不能再出现冒号，含冒号的值请加引号",
        _ when Has(message, "found character that cannot start") => "值以特殊字符（@ ` % 等）开头，请加引号",
        _ when Has(message, "directive") || Has(message, "document end") => "front matter 中不能有以 % 开头的行或第二个 ---",
        _ => null,
    };

    private static string General(string message) => message switch
    {
        _ when Has(message, "did not find expected node content") => "冒号后缺少值，或多了 ] 或 }",
        _ when Has(message, "did not find expected key") || Has(message, "expected '-'") => "缩进不对或少了键名",
        _ when Has(message, "tab") => "缩进只能用空格，不能用 Tab",
        _ => "无法解析",
    };

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
