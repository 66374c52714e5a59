using Portal.Load;

namespace Portal.Images;

/// <summary>Which input files the image stage takes over; everything else is copied as it is.</summary>
public static class ImageSources
{
    // GIF is left alone: it is mostly animation, which the widths and fallbacks here would flatten.
    // SVG is text and scales by itself; it is sanitized on the way out instead (SvgSanitizer).
    private static readonly HashSet<string> Raster = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".avif", ".heic", ".heif",
    };

    /// <summary>True for a photo or drawing in a raster format the stage resizes (or reports as unsupported).</summary>
    public static bool IsRaster(string path) => Raster.Contains(Path.GetExtension(path));

    public static bool IsSvg(AssetSource asset) => asset.RelativePath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);

    /// <summary>iPhone photos: libvips reads them only when its HEIF decoder can, which the packaged build may not.</summary>
    public static bool IsHeic(string path) => Path.GetExtension(path).ToLowerInvariant() is ".heic" or ".heif";
}
