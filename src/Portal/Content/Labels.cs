namespace Portal.Content;

/// <summary>UI strings from theme/i18n/zh-CN.yml, looked up by key; a missing key shows the key itself.</summary>
public sealed record Labels(IReadOnlyDictionary<string, string> Strings)
{
    public string this[string key] => Strings.TryGetValue(key, out var value) ? value : key;
}
