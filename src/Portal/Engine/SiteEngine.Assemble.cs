using Portal.Incremental;
using Portal.Output;
using Portal.SiteModel;

namespace Portal.Engine;

/// <summary>The assemble stage's caches: the feeds and the sitemap.</summary>
public sealed partial class SiteEngine
{
    private (object[] Key, IReadOnlyList<OutputFile> Files)? _syndication;
    private (object[] Key, IReadOnlyList<OutputFile> Files)? _sitemap;

    /// <summary>
    /// The feeds, the sitemap and robots.txt, each written again only when what it lists changed. Writing
    /// the sitemap of 17,000 pages through XmlWriter took 40–65 ms of every serve build at 10,000
    /// documents, although a title or body edit leaves it as it was (the feeds do show titles).
    /// </summary>
    private IReadOnlyList<OutputFile> FeedFiles(Site site) =>
    [
        .. Kept(ref _syndication, [site.Config, site.Now, .. site.Feeds], () => OutputAssembler.Syndication(site)),
        .. Kept(ref _sitemap, [site.Config, .. site.Sitemap], () => OutputAssembler.Sitemap(site)),
    ];

    private IReadOnlyList<OutputFile> Kept(ref (object[] Key, IReadOnlyList<OutputFile> Files)? cache, object[] key, Func<IReadOnlyList<OutputFile>> make)
    {
        if (cache is { } kept && ViewEquality.Same(kept.Key, key))
        {
            return kept.Files;
        }

        var files = make();
        cache = _oneBuild ? null : (key, files);
        return files;
    }
}
