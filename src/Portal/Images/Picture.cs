using Portal.Content;

namespace Portal.Images;

/// <summary>
/// The markup values of one image on one page: URLs relative to the page, the <c>srcset</c> lists and the
/// size the browser reserves before the file arrives (the largest file's, so the box has the real aspect).
/// </summary>
/// <param name="WebpSrcset">For <c>&lt;source type="image/webp"&gt;</c>; null when only one format is written (a kiosk).</param>
/// <param name="Srcset">The fallback files by width; null when there is only one.</param>
public sealed record Picture(string? WebpSrcset, string Src, string? Srcset, int Width, int Height)
{
    /// <summary>
    /// How wide the image is shown: the whole viewport on a phone, at most the text column (46rem of
    /// theme/assets/site.css) on a wide screen. The browser picks the file from this before any CSS loads.
    /// </summary>
    public const string ColumnSizes = "(max-width: 46rem) 100vw, 46rem";

    /// <summary><see cref="ColumnSizes"/> for templates (<c>model.cover.sizes</c>).</summary>
    public string Sizes => ColumnSizes;

    public static Picture For(ProcessedImage image, string pageUrl)
    {
        string Url(ImageVariant v) => SitePaths.Relative(pageUrl, v.OutputPath);
        string? List(IReadOnlyList<ImageVariant> variants) =>
            variants.Count > 1 ? string.Join(", ", variants.Select(v => $"{Url(v)} {v.Width}w")) : null;

        var fallback = image.Fallback;
        var webp = image.Webp;
        var separate = fallback.Count > 0 && fallback[0].Format != ImageFormat.Webp && webp.Count > 0;
        return new Picture(
            separate ? string.Join(", ", webp.Select(v => $"{Url(v)} {v.Width}w")) : null,
            Url(image.Default),
            List(fallback),
            fallback[^1].Width,
            fallback[^1].Height);
    }
}
