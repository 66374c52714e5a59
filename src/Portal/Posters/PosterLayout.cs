namespace Portal.Posters;

/// <summary>
/// The poster's title size, chosen by the build so the title's class is in the page (poster.css has the
/// sizes, in units of 1 mm on A4; keep the two in step). Where the body ends is measured by poster.js.
/// </summary>
public static class PosterLayout
{
    public const double Width = PaperSize.ContentWidthUnits;

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
    public static string TitleSize(string title) =>
        TitleSizes.FirstOrDefault(s => PosterText.Lines(title, Width / s.Font) <= s.MaxLines, TitleSizes[^1]).Name;
}
