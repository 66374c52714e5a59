using Portal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Load;

/// <summary>A file split into its YAML front matter (parsed) and its Markdown body.</summary>
public sealed record FrontMatter(YamlMappingNode Yaml, int YamlFirstLine, string Body, int BodyLine)
{
    /// <summary>
    /// Splits <c>---</c> YAML <c>---</c> from the body. Returns null (with a diagnostic) when the block is
    /// missing, unterminated, not valid YAML, or not a mapping.
    /// </summary>
    public static FrontMatter? Split(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceSpan(displayPath, 1, 1),
                "文件开头缺少 front matter：第一行应为 ---，随后写 title、date 等键，再以 --- 结束。");
            return null;
        }

        var lines = text.Split('\n');
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceSpan(displayPath, 1, 1),
                "front matter 没有结束：请在键的后面单独写一行 ---。");
            return null;
        }

        var yamlText = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var mapping = ParseMapping(yamlText, displayPath, firstLine: 2, diagnostics);
        return mapping is null ? null : new FrontMatter(mapping, 2, body, close + 2);
    }

    /// <summary>Parses YAML text whose first line is <paramref name="firstLine"/> of the file into a mapping.</summary>
    public static YamlMappingNode? ParseMapping(string yamlText, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var parser = new GuardedYamlParser(new Parser(new StringReader(yamlText)));
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or InsufficientExecutionStackException)
        {
            // Not only YamlException: YamlDotNet 18 throws InvalidOperationException for some unclosed flow lists.
            var error = YamlErrors.Explain(e, parser);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(displayPath, error.Line + firstLine - 1, error.Column),
                "YAML 语法错误：" + error.Message + "（常见原因：冒号后缺少空格、缩进不一致、引号或括号没有成对）");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode map)
        {
            return map;
        }

        diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(displayPath, firstLine, 1), "front matter 应该是“键: 值”的形式。");
        return null;
    }
}
