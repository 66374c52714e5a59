using Portal.Content;

namespace Portal.Load;

/// <summary>The Load stage's result: configuration, every document that could be read, and the files to copy.</summary>
public sealed record LoadedSite(SiteConfig Config, IReadOnlyList<ContentItem> Items, IReadOnlyList<AssetSource> Assets);
