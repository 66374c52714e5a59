using NetVips;

namespace Portal.Images;

/// <summary>
/// Decodes a source image once and writes every width and format of <see cref="ImageSettings"/> with libvips:
/// upright (EXIF orientation applied), in sRGB, with no metadata at all (EXIF with GPS and camera, XMP,
/// IPTC, ICC), never wider than the source.
/// </summary>
public static class ImageEncoder
{
    // "Unbounded" height for thumbnail: the width alone decides the size, whatever the aspect ratio.
    private const int AnyHeight = 10_000_000;

    static ImageEncoder()
    {
        // libvips caches recent operations keyed by their inputs; every source here is decoded once, so the
        // cache would only hold memory for the lifetime of portal serve.
        Cache.Max = 0;
    }

    /// <exception cref="VipsException">The bytes are not an image libvips can read (corrupt, or HEIC without its decoder).</exception>
    public static EncodedImage Encode(byte[] source, ImageSettings settings)
    {
        var (width, _) = UprightSize(source);
        var top = Math.Min(settings.Widths[^1], width);
        // thumbnail decodes once, shrinking while it loads (a JPEG at 1/2, 1/4 scale) and rotating by EXIF;
        // the smaller widths are made from that result rather than from the source again.
        using var loaded = Image.ThumbnailBuffer(source, top, height: AnyHeight, size: Enums.Size.Down);
        using var srgb = loaded.Interpretation == Enums.Interpretation.Srgb && loaded.Format == Enums.BandFormat.Uchar
            ? loaded.Copy()
            : loaded.Colourspace(Enums.Interpretation.Srgb);
        using var largest = srgb.CopyMemory();
        var alpha = largest.HasAlpha();
        var widths = settings.Widths.Where(w => w < largest.Width).Append(largest.Width).Distinct().Order();
        var files = new List<EncodedFile>();
        foreach (var w in widths)
        {
            using var sized = w == largest.Width ? largest.Copy() : largest.ThumbnailImage(w, height: AnyHeight, size: Enums.Size.Down);
            files.Add(new EncodedFile(sized.Width, sized.Height, ImageFormat.Webp, sized.WebpsaveBuffer(q: settings.WebpQuality, effort: settings.WebpEffort, keep: Enums.ForeignKeep.None)));
            if (settings.Fallback)
            {
                files.Add(alpha
                    ? new EncodedFile(sized.Width, sized.Height, ImageFormat.Png, sized.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None))
                    : new EncodedFile(sized.Width, sized.Height, ImageFormat.Jpeg, sized.JpegsaveBuffer(q: settings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)));
            }
        }

        return new EncodedImage(largest.Width, largest.Height, alpha, files);
    }

    /// <summary>
    /// The size as shown, from the header alone (no pixels decoded): EXIF orientations 5–8 turn the
    /// picture a quarter, so its width is the stored height.
    /// </summary>
    /// <exception cref="VipsException">Not an image libvips can read.</exception>
    public static (int Width, int Height) UprightSize(byte[] source)
    {
        using var header = Image.NewFromBuffer(source, access: Enums.Access.Sequential);
        var turned = header.GetTypeOf("orientation") != 0 && (int)header.Get("orientation") is >= 5 and <= 8;
        return turned ? (header.Height, header.Width) : (header.Width, header.Height);
    }
}
