using Portal.Content;

namespace Portal.Load;

/// <summary>The Load stage's result: configuration, every document that could be read, and the files to copy.</summary>
public sealed record LoadedSite(SiteConfig Config, IReadOnlyList<ContentItem> Items, IReadOnlyList<AssetSource> Assets)
{
    /// <summary>What the image stage made of the raster images among <see cref="Assets"/> (set after load).</summary>
    public Images.ImageSet Images { get; init; } = Portal.Images.ImageSet.Empty;
}
