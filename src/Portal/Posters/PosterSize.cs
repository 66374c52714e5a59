namespace Portal.Posters;

/// <summary>The paper a poster or bulletin is laid out for. Both are portrait.</summary>
public enum PosterSize
{
    A4,
    A3,
}

/// <summary>
/// Paper geometry. An A3 sheet is an A4 sheet scaled by √2, so one layout serves both: every length in
/// poster.css is a multiple of the unit <c>--u</c> (1 mm on A4, 1.414 mm on A3), and the body is cut
/// at the same place on both sizes.
/// </summary>
public sealed record PaperSize(PosterSize Size, string Name, double WidthMm, double HeightMm, double Unit)
{
    public static PaperSize A4 { get; } = new(PosterSize.A4, "A4", 210, 297, 1.0);

    public static PaperSize A3 { get; } = new(PosterSize.A3, "A3", 297, 420, 1.414);

    public static IReadOnlyList<PaperSize> All { get; } = [A4, A3];

    /// <summary>Page margin in units (15 mm on A4).</summary>
    public const double MarginUnits = 15;

    /// <summary>Printable area in units, the same on both sizes: 180 × 267.</summary>
    public const double ContentWidthUnits = 180;

    public const double ContentHeightUnits = 267;

    public double MarginMm => Math.Round(MarginUnits * Unit, 1);

    /// <summary>The file name of this size's page: <c>a4.html</c>, <c>a3.html</c>.</summary>
    public string FileName => Name.ToLowerInvariant() + ".html";

    /// <summary>The URL fragment that shows a document's page as its poster at this size (<c>#poster-a3</c>), read by poster.js.</summary>
    public string PosterFragment => "#poster-" + Name.ToLowerInvariant();

    public static PaperSize Of(PosterSize size) => size == PosterSize.A3 ? A3 : A4;

    /// <summary>Reads <c>a4</c> or <c>A3</c>; null for anything else.</summary>
    public static PaperSize? Parse(string? text) => All.FirstOrDefault(p => string.Equals(p.Name, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
