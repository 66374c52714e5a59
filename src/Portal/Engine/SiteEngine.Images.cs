using Portal.Diagnostics;
using Portal.Images;
using Portal.Load;

namespace Portal.Engine;

/// <summary>The image stage's cache: what it made of each source, and the encoded files beside the output.</summary>
public sealed partial class SiteEngine
{
    private ImageStage? _imageStage;

    /// <summary>How many images this engine encoded, the rest having come from a cache (tests and the benchmark count them).</summary>
    public int ImagesEncoded => _imageStage?.Encoded ?? 0;

    /// <summary>Resizes and strips every raster image; <c>portal check</c> reads headers only.</summary>
    private ImageSet Images(LoadedSite loaded, IBuildVariant variant, DiagnosticBag diagnostics)
    {
        _imageStage ??= new ImageStage(new ImageCache(_options.WriteOutput ? ImageCache.FolderFor(_options.Paths.Output) : null));
        return _imageStage.Run(loaded.Assets, variant.Images, _options.Paths.InputDisplay, diagnostics, encode: _options.WriteOutput);
    }
}
