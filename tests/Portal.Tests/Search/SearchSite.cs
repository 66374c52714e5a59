using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Load;
using Portal.Markdown;
using Portal.SiteModel;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>An input folder taken through the pipeline up to the site model: exactly what the search stage is handed.</summary>
public sealed record SearchSite(LoadedSite Loaded, Labels Labels, DateTimeOffset Now, IReadOnlyList<ProcessedDocument> Processed, Site Site)
{
    public static SearchSite Load(string input, DateTimeOffset? now = null)
    {
        var at = now ?? SiteBuild.FixedNow;
        var paths = BuildPaths.From(input, Repo.Path("theme"), Path.Combine(Path.GetTempPath(), "portal-search-site-unused"));
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(paths, diagnostics) ?? throw new InvalidOperationException("cannot load " + input);
        var labels = LabelsLoader.Load(paths, diagnostics);
        var rendered = loaded.Items.Select(MarkdownRenderer.Render).ToList();
        var targets = new LinkTargets(rendered, loaded.Assets, at);
        var processed = rendered.Select(r => HtmlPostProcessor.Process(r, targets, at, new DiagnosticBag())).ToList();
        return new SearchSite(loaded, labels, at, processed, SiteModelBuilder.Build(loaded, processed, labels, at));
    }
}
