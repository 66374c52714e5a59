using Portal.Engine;
using Portal.Html;
using Portal.Output;
using Portal.Search;

namespace Portal;

/// <summary>
/// <c>portal build</c>: the one pipeline (<see cref="SiteEngine"/>, whose stages read like design.md §3:
/// load → validate → markdown → html → site model → search → templates → posters → output) run once
/// with empty caches. Every stage adds to the same diagnostics; nothing is written unless the whole build
/// is clean. <c>portal serve</c> keeps one engine alive instead.
/// </summary>
public static class SiteBuilder
{
    public static BuildReport Build(BuildOptions options) => SiteEngine.ForOneBuild(options).Build();

    /// <summary>Stage 5b: the full-text index of every published page, as script files under search/.</summary>
    internal static IReadOnlyList<OutputFile> BuildSearchIndex(SiteModel.Site site, IReadOnlyList<ProcessedDocument> processed, Content.Labels labels)
    {
        return new SearchStage().Run(site, processed, labels);
    }
}
