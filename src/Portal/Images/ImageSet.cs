using Portal.Load;
using Portal.Output;

namespace Portal.Images;

/// <summary>
/// The image stage's result for one build: every raster source by its path relative to input/, and the
/// files to publish for them. The sources themselves are never published (they carry GPS and camera data).
/// </summary>
public sealed class ImageSet
{
    private readonly IReadOnlyDictionary<string, ProcessedImage> _images;

    public ImageSet(IReadOnlyDictionary<string, ProcessedImage> images, IReadOnlyList<OutputFile> files)
    {
        _images = images;
        Files = files;
    }

    public static ImageSet Empty { get; } = new(new Dictionary<string, ProcessedImage>(), []);

    /// <summary>The encoded files (content-hashed names beside where the source would have gone) and the cleaned SVG files.</summary>
    public IReadOnlyList<OutputFile> Files { get; }

    public IEnumerable<ProcessedImage> All => _images.Values;

    /// <summary>The processed image for a path relative to input/, or null when it is not a (readable) raster image.</summary>
    public ProcessedImage? Get(string inputPath) => _images.GetValueOrDefault(inputPath);

    /// <summary>The assets still copied as they are: everything but raster images (unreadable ones included: never
    /// published) and SVG files (published cleaned, among <see cref="Files"/>).</summary>
    public static IReadOnlyList<AssetSource> Copied(IReadOnlyList<AssetSource> assets) =>
        [.. assets.Where(a => !ImageSources.IsRaster(a.RelativePath) && !ImageSources.IsSvg(a))];
}
