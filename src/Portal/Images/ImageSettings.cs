namespace Portal.Images;

/// <summary>
/// How the image stage encodes: which widths, which formats, which qualities. Part of every cache key, so
/// changing a setting re-encodes everything once and changing nothing re-encodes nothing.
/// </summary>
/// <param name="Widths">Target widths in pixels, ascending; a source narrower than one is never upscaled.</param>
/// <param name="Fallback">True to write a JPEG (PNG with alpha) beside each WebP, for browsers without WebP.</param>
/// <param name="WebpEffort">libwebp's effort, 0–6: 2 rather than libvips' default 4 took the CPU time of 20
/// phone photos from 21.3 s to 14.2 s (tests/Portal.Benchmarks --photos 20).</param>
public sealed record ImageSettings(IReadOnlyList<int> Widths, bool Fallback, int WebpQuality = 75, int JpegQuality = 78, int WebpEffort = 2)
{
    /// <summary>Bumped when the encoding itself changes (a new libvips option), so old cache entries are not reused.</summary>
    private const int Version = 1;

    /// <summary>The web site: a phone, a tablet and a wide screen (CSS pixels × 1–2 device pixels).</summary>
    public static ImageSettings Web { get; } = new([480, 960, 1600], Fallback: true);

    /// <summary>
    /// A kiosk: one width fitted to its screen and WebP only (its browser is Chromium), so the package
    /// carries one file per image over the town's link: the widest web width that is not wider than the screen.
    /// </summary>
    public static ImageSettings ForKiosk(int screenWidth) =>
        new([Web.Widths.LastOrDefault(w => w <= screenWidth, Web.Widths[0])], Fallback: false);

    /// <summary>The settings as text for the cache key.</summary>
    public string Key => $"v{Version};w={string.Join(',', Widths)};fb={Fallback};q={WebpQuality},{JpegQuality};e={WebpEffort}";
}
