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
    /// <summary>Where the poster's pages go: <c>posters/notices/foo/</c> + <c>a4.html</c> (the poster) and <c>a3.html</c> (its A3 alias).</summary>
    public string Folder => PosterPaths.Folder(Item);
}

public static class PosterPaths
{
    public const string Root = "posters/";

    public const string BulletinFolder = Root + "bulletin/";

    public static string Folder(ContentItem item) => Root + SectionNames.Folder(item.Section) + "/" + item.Slug + "/";

    /// <summary>
    /// The file of a document's one poster page, <c>a4.html</c>. It prints at A4, or at any other size its
    /// URL names (<c>a4.html#a3</c>); <c>a3.html</c> beside it only sends there. One page per document instead
    /// of one per size halved the posters' share of a large site's output.
    /// </summary>
    public static string SheetFile => PaperSize.A4.FileName;

    /// <summary>The page a link for one size opens, e.g. <c>posters/notices/foo/a4.html</c> or <c>…/a3.html</c> (the alias).</summary>
    public static string Page(ContentItem item, PaperSize paper) => Folder(item) + paper.FileName;

    /// <summary>Only current notices, techniques and policies get posters: an expired notice is not printed.</summary>
    public static bool HasPoster(ContentItem item, PublicationState state) =>
        state == PublicationState.Current && item.Section is Section.Notices or Section.Techniques or Section.Policies;
}
