using Portal.Content;

namespace Portal.Posters;

/// <summary>One line of a poster's facts box, e.g. 适用月份：11月、12月.</summary>
public sealed record PosterFact(string Label, string Value);

/// <summary>
/// The frame of the poster of one notice, technique or policy, which its page carries (partial
/// poster-sheet.html): everything but the body, which poster.js takes from the page and cuts to one
/// sheet, and the QR code, which poster.js draws from <see cref="AbsoluteUrl"/>. The same model serves A4
/// and A3 (the layout scales); which fields are filled depends on the type: notices have a validity line,
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
    string PageUrl,
    string AbsoluteUrl);

public static class PosterPaths
{
    public const string Root = "posters/";

    public const string BulletinFolder = Root + "bulletin/";

    /// <summary>
    /// The address of a document's poster at one size: its own page with <c>#poster-a4</c> or
    /// <c>#poster-a3</c>, e.g. <c>notices/foo/#poster-a3</c>.
    /// </summary>
    public static string Page(ContentItem item, PaperSize paper) => item.Url + paper.PosterFragment;
}
