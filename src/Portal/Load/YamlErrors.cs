using YamlDotNet.Core;

namespace Portal.Load;

/// <summary>YamlDotNet's messages are English; editors get the gist in Chinese with the original for reference.</summary>
internal static class YamlErrors
{
    public static string Explain(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        var hint = message switch
        {
            _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "这里不能再出现冒号，含冒号的值请加引号",
            _ when message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "缩进不对或少了键名",
            _ when message.Contains("found character that cannot start", StringComparison.OrdinalIgnoreCase) => "值以特殊字符开头，请加引号",
            _ when message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => "引号没有闭合",
            _ when message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) => "同一个键写了两次",
            _ => "无法解析",
        };
        return $"{hint}（{message}）";
    }
}
