namespace Portal.Posters;

/// <summary>
/// The poster's vertical budget, in units of poster.css (1 mm on A4). The numbers mirror the sizes in
/// theme/assets/poster.css; keep the two in step. The body gets what the fixed parts leave over.
/// </summary>
public static class PosterLayout
{
    /// <summary>The sheet's height: a little under the printable 267 so rounding never adds a page.</summary>
    public const double SheetHeight = 264;

    public const double Width = PaperSize.ContentWidthUnits;

    public const double BodyFont = 5.0;

    public const double BodyLine = BodyFont * 1.55;

    // Band with the kind and site name, document number line, footer with the QR code and signature.
    private const double Band = 16;
    private const double DocNo = 9;
    private const double Footer = 60;
    private const double ReadMore = 9;
    private const double Safety = 6;

    /// <summary>Title sizes from largest to smallest: class, font size, most lines allowed.</summary>
    private static readonly (string Name, double Font, int MaxLines)[] TitleSizes =
    [
        ("xl", 13, 2),
        ("l", 11, 3),
        ("m", 9, 3),
        ("s", 7.5, 4),
        ("xs", 6.5, 5),
    ];

    /// <summary>The largest title size at which the title fits in its allowed lines; the smallest otherwise (CSS clamps it).</summary>
    public static string TitleSize(string title) => TitleFit(title).Name;

    public static double TitleHeight(string title)
    {
        var (_, font, maxLines) = TitleFit(title);
        return Math.Min(maxLines, PosterText.Lines(title, Width / font)) * font * 1.3 + 6;
    }

    /// <summary>Height left for the body once title, facts, key points and expert are placed.</summary>
    public static double BodyBudget(string title, bool hasDocNo, IReadOnlyList<PosterFact> facts, IReadOnlyList<string> keyPoints, bool hasExpert)
    {
        var used = Band + TitleHeight(title) + (hasDocNo ? DocNo : 0) + Footer + ReadMore + Safety;
        if (facts.Count > 0)
        {
            var text = string.Join("　　", facts.Select(f => f.Label + "：" + f.Value));
            used += PosterText.Lines(text, (Width - 10) / 4.6) * 4.6 * 1.5 + 9;
        }

        if (keyPoints.Count > 0)
        {
            used += 10 + 8 + keyPoints.Sum(p => PosterText.Lines(p, (Width - 20) / BodyFont) * BodyLine + 1.5);
        }

        if (hasExpert)
        {
            used += 2 * BodyLine + 9;
        }

        return SheetHeight - used;
    }

    private static (string Name, double Font, int MaxLines) TitleFit(string title) =>
        TitleSizes.FirstOrDefault(s => PosterText.Lines(title, Width / s.Font) <= s.MaxLines, TitleSizes[^1]);
}
