using System.Globalization;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Load;

/// <summary>
/// Reads typed values out of one YAML mapping, reporting wrong types, bad dates and missing required
/// keys as diagnostics at the value's line, and remembering where every key stands.
/// </summary>
public sealed class YamlFields
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss"];

    private readonly YamlMappingNode _map;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly TimeZoneInfo _timeZone;
    private readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string file, int firstLine, DiagnosticBag diagnostics, TimeZoneInfo timeZone)
    {
        _map = map;
        _file = file;
        _lineOffset = firstLine - 1;
        _diagnostics = diagnostics;
        _timeZone = timeZone;
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                _spans[name] = At(value);
            }
        }
    }

    public IReadOnlyDictionary<string, SourceSpan> Spans => _spans;

    public string File => _file;

    public bool Has(string key) => Node(key) is not null;

    public SourceSpan At(YamlNode node) => new(_file, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public SourceSpan SpanOf(string key) => _spans.TryGetValue(key, out var s) ? s : new SourceSpan(_file, _lineOffset + 1, 1);

    /// <summary>Warns about each key not in <paramref name="known"/>, suggesting the nearest known key.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string what)
    {
        foreach (var (key, _) in _map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
            {
                var suggestion = KeySuggester.Suggest(name, known);
                var hint = suggestion is null ? $"{what}可用的键：{string.Join("、", known)}。" : $"您是不是想写 {suggestion}？";
                _diagnostics.Warning(DiagnosticCodes.UnknownKey, At(key), $"未知的键 {name}，将被忽略。{hint}");
            }
        }
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            Missing(key, required);
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            WrongType(node, key, "一段文字");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            Missing(key, required);
            return null;
        }

        return value;
    }

    public bool Bool(string key)
    {
        var text = Scalar(key, "true 或 false");
        if (text is null)
        {
            return false;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "是":
                return true;
            case "false" or "no" or "否":
                return false;
            default:
                WrongType(Node(key)!, key, "true 或 false");
                return false;
        }
    }

    public DateTimeOffset? Date(string key, bool required = false)
    {
        var node = Node(key);

        // An empty value is no date, as for String: `expires: ''` is what the CMS form writes for a date left empty.
        if (node is null || node is YamlScalarNode { Value: var text } && string.IsNullOrWhiteSpace(text))
        {
            Missing(key, required);
            return null;
        }

        return DateOf(node, key);
    }

    public DateTimeOffset? DateOf(YamlNode node, string key)
    {
        if (node is not YamlScalarNode { Value: { } text } || !DateTime.TryParseExact(text.Trim(), DateFormats,
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            _diagnostics.Error(DiagnosticCodes.InvalidDate, At(node),
                $"{key} 的日期格式不对：应写成 2026-03-01 或 2026-03-01 09:30（按站点时区）。");
            return null;
        }

        return new DateTimeOffset(local, _timeZone.GetUtcOffset(local));
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single } when !string.IsNullOrWhiteSpace(single):
                // A lone value where a list was expected is what an editor means: tags: 水稻
                return [single.Trim()];
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        list.Add(v.Trim());
                    }
                    else
                    {
                        WrongType(item, key, "一段文字");
                    }
                }

                return list;
            default:
                WrongType(node, key, "列表（每行以“- ”开头）");
                return [];
        }
    }

    public IReadOnlyList<YamlMappingNode> MappingList(string key, string shape)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            WrongType(node, key, $"列表，每项为 {shape}");
            return [];
        }

        var list = new List<YamlMappingNode>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m)
            {
                list.Add(m);
            }
            else
            {
                WrongType(item, key, shape);
            }
        }

        return list;
    }

    public YamlMappingNode? Mapping(string key, string shape, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            Missing(key, required);
            return null;
        }

        if (node is YamlMappingNode m)
        {
            return m;
        }

        WrongType(node, key, shape);
        return null;
    }

    /// <summary>A reader for a nested mapping (expert, interprets, one change entry) with the same file and offset.</summary>
    public YamlFields Nested(YamlMappingNode map) => new(map, _file, _lineOffset + 1, _diagnostics, _timeZone);

    public YamlNode? Node(string key) =>
        _map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public void WrongType(YamlNode node, string key, string expected) =>
        _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"{key} 的值类型不对：这里应为{expected}。");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private string? Scalar(string key, string expected)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            return text.Trim();
        }

        WrongType(node, key, expected);
        return null;
    }

    private void Missing(string key, bool required)
    {
        if (required)
        {
            _diagnostics.Error(DiagnosticCodes.RequiredKeyMissing, new SourceSpan(_file, _lineOffset + 1, 1), $"缺少必填的键 {key}。");
        }
    }
}
