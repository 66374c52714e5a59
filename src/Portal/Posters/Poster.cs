using Portal.Content;

namespace Portal.Posters;

/// <summary>One line of a poster's facts box, e.g. 适用月份：11月、12月.</summary>
public sealed record PosterFact(string Label, string Value);

/// <summary>
/// What a poster shows for one notice, technique or policy. The same model serves A4 and A3 (the
/// layout scales); which fields are filled depends on the type: notices have a validity line,
/// policies key points and the original document, techniques their facts and the expert to call.
/// </summary>
public sealed record Poster(
    ContentItem Item,
    string Section,
    string KindLabel,
    string Title,
    string TitleSize,
    bool Urgent,
    string Issuer,
    string? DocNo,
    DateTimeOffset Date,
    string? Validity,
    IReadOnlyList<PosterFact> Facts,
    IReadOnlyList<string> KeyPoints,
    Expert? Expert,
    string BodyHtml,
    bool Truncated,
    string PageUrl,
    string AbsoluteUrl,
    string ShortUrl,
    string QrSvg)
{
    /// <summary>Where the poster's pages go: <c>posters/notices/foo/</c> + <c>a4.html</c> or <c>a3.html</c>.</summary>
    public string Folder => PosterPaths.Folder(Item);
}

public static class PosterPaths
{
    public const string Root = "posters/";

    public const string BulletinFolder = Root + "bulletin/";

    public static string Folder(ContentItem item) => Root + SectionNames.Folder(item.Section) + "/" + item.Slug + "/";

    /// <summary>The poster page of a document at one size, e.g. <c>posters/notices/foo/a4.html</c>.</summary>
    public static string Page(ContentItem item, PaperSize paper) => Folder(item) + paper.FileName;

    /// <summary>Only current notices, techniques and policies get posters: an expired notice is not printed.</summary>
    public static bool HasPoster(ContentItem item, PublicationState state) =>
        state == PublicationState.Current && item.Section is Section.Notices or Section.Techniques or Section.Policies;
}
