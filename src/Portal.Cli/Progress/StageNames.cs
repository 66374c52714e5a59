namespace Portal.Cli.Progress;

/// <summary>The Chinese names people see for the engine's stage ids.</summary>
public static class StageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["load"] = "读取",
        ["validate"] = "校验",
        ["images"] = "图片",
        ["markdown"] = "Markdown",
        ["html"] = "HTML 处理",
        ["site"] = "站点模型",
        ["search"] = "搜索索引",
        ["templates-parse"] = "模板解析",
        ["templates"] = "模板",
        ["bulletin"] = "简报",
        ["assemble"] = "汇总",
        ["kiosk"] = "触摸屏",
        ["write"] = "写入",
    };

    public static string Of(string stage) => Names.GetValueOrDefault(stage, stage);
}
