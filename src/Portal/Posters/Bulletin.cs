namespace Portal.Posters;

/// <summary>One item on the bulletin: a card with its own small QR code.</summary>
public sealed record BulletinItem(
    string Group,
    string GroupLabel,
    string KindLabel,
    string Title,
    DateTimeOffset Date,
    string? Issuer,
    string Excerpt,
    string AbsoluteUrl,
    string ShortUrl,
    string QrSvg);

/// <summary>The weekly bulletin (科技之窗 第N期): masthead data and its items, already split into sheets.</summary>
public sealed record Bulletin(
    string SiteTitle,
    int Year,
    int Number,
    DateTimeOffset Date,
    string Window,
    IReadOnlyList<IReadOnlyList<BulletinItem>> Sheets,
    string HomeUrl,
    string HomeShortUrl)
{
    public int ItemCount => Sheets.Sum(s => s.Count);
}
