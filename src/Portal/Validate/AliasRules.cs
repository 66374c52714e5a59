using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Validate;

/// <summary>Old URLs must be plain site paths, and no two things may claim the same one.</summary>
public static partial class AliasRules
{
    [GeneratedRegex(@"^[\p{L}\p{N}_.~-]+(/[\p{L}\p{N}_.~-]+)*$")]
    private static partial Regex AliasPattern();

    public static void Validate(IReadOnlyList<ContentItem> items, DiagnosticBag diagnostics)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            taken.TryAdd(item.Url.TrimEnd('/'), item.DisplayPath);
        }

        foreach (var item in items)
        {
            foreach (var alias in item.Aliases)
            {
                var at = item.SpanOf("aliases");
                if (!AliasPattern().IsMatch(alias) || alias.Split('/').Any(s => s is "." or ".."))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidAlias, at, $"别名“{alias}”不是有效的站内路径，应写成 /tongzhi/2013-12/ 这样的形式。");
                }
                else if (!taken.TryAdd(alias, item.DisplayPath))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidAlias, at, $"别名“{alias}”与 {taken[alias]} 的网址冲突。");
                }
            }
        }
    }
}
