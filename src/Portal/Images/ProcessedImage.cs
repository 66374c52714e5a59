namespace Portal.Images;

/// <summary>
/// A source image after the stage: its upright size (EXIF orientation applied) and the files written for it,
/// smallest first within each format. <see cref="Key"/> names the source bytes and settings it was made from.
/// </summary>
public sealed record ProcessedImage(string SourcePath, string Key, int Width, int Height, bool HasAlpha, long SourceBytes, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>The WebP files (empty when the settings write none).</summary>
    public IReadOnlyList<ImageVariant> Webp => [.. Variants.Where(v => v.Format == ImageFormat.Webp)];

    /// <summary>The files every browser shows: JPEG or PNG, or the WebP files when no fallback is written.</summary>
    public IReadOnlyList<ImageVariant> Fallback => Variants.Where(v => v.Format != ImageFormat.Webp).ToList() is { Count: > 0 } f ? f : Webp;

    /// <summary>The largest fallback file: what a plain link to the image opens.</summary>
    public ImageVariant Largest => Fallback[^1];

    /// <summary>The file for <c>src</c>: the one nearest the content column (960 px), for a browser that ignores srcset.</summary>
    public ImageVariant Default => Fallback.LastOrDefault(v => v.Width <= 960) ?? Fallback[0];
}
