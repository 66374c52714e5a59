namespace Portal.Html;

/// <summary>The 目录 and table labels, from headings either path collected in document order.</summary>
internal static class TableOfContents
{
    /// <summary>h2s with their h3s nested; an h3 before any h2 stands at the top level.</summary>
    /// <param name="headings">Every h2 and h3 with an id: its tag name, id and trimmed text.</param>
    public static List<TocEntry> From(IEnumerable<(string Name, string Id, string Text)> headings)
    {
        var top = new List<TocEntry>();
        List<TocEntry>? children = null;
        foreach (var (name, id, text) in headings)
        {
            if (name == "h2" || children is null)
            {
                children = name == "h2" ? [] : null;
                top.Add(new TocEntry(name == "h2" ? 2 : 3, id, text, children ?? []));
            }
            else
            {
                children.Add(new TocEntry(3, id, text, []));
            }
        }

        return top;
    }

    /// <summary>"表格 2：二、时间和地点" — numbered, with the caption or the heading the table stands under.</summary>
    public static string TableLabel(string? title, int number) => string.IsNullOrEmpty(title) ? $"表格 {number}" : $"表格 {number}：{title}";
}
