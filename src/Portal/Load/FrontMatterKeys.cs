using Portal.Content;

namespace Portal.Load;

/// <summary>The front matter keys each kind of document accepts (design.md §4).</summary>
public static class FrontMatterKeys
{
    public static IReadOnlyList<string> Common { get; } =
        ["title", "date", "summary", "tags", "regions", "updated", "changes", "image", "attachments", "aliases", "draft"];

    public static IReadOnlyList<string> Notice { get; } =
        [.. Common, "issuer", "doc_no", "expires", "status", "withdrawn_reason", "pinned", "urgent"];

    public static IReadOnlyList<string> Technique { get; } =
        [.. Common, "category", "subjects", "months", "expert", "review_by"];

    public static IReadOnlyList<string> Policy { get; } =
        [.. Common, "issuer", "doc_no", "interprets", "effective", "key_points"];

    public static IReadOnlyList<string> For(Section section) => section switch
    {
        Section.Notices => Notice,
        Section.Techniques => Technique,
        Section.Policies => Policy,
        _ => Common,
    };
}
