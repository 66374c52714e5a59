using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Load;
using Portal.Markdown;
using Portal.SiteModel;

namespace Portal.Benchmarks;

/// <summary>
/// A corpus taken through the pipeline up to the site model (load, markdown, html, site), so the search
/// stage can be timed alone, repeatedly, on exactly what a build hands it.
/// </summary>
internal sealed record StageInput(LoadedSite Loaded, Labels Labels, DateTimeOffset Now, IReadOnlyList<ProcessedDocument> Processed, Site Site)
{
    public static StageInput Load(string input, string theme, DateTimeOffset now)
    {
        var paths = BuildPaths.From(input, theme, Path.Combine(Path.GetTempPath(), "portal-search-stage-unused"));
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(paths, diagnostics) ?? throw new BenchmarkException($"cannot load {input}");
        var labels = LabelsLoader.Load(paths, diagnostics);
        var rendered = loaded.Items.AsParallel().AsOrdered().Select(MarkdownRenderer.Render).ToList();
        var targets = new LinkTargets(rendered, loaded.Assets, now);
        var processed = rendered.AsParallel().AsOrdered().Select(r => HtmlPostProcessor.Process(r, targets, now, new DiagnosticBag())).ToList();
        return new StageInput(loaded, labels, now, processed, SiteModelBuilder.Build(loaded, processed, labels, now));
    }

    /// <summary>The same site with one processed document replaced, as a session would hand it after an edit.</summary>
    public StageInput With(int index, ProcessedDocument replacement)
    {
        var processed = Processed.ToArray();
        var items = Loaded.Items.ToArray();
        var at = Array.IndexOf(items, processed[index].Item);
        processed[index] = replacement;
        if (at >= 0)
        {
            items[at] = replacement.Item;
        }

        var loaded = Loaded with { Items = items };
        return this with { Loaded = loaded, Processed = processed, Site = SiteModelBuilder.Build(loaded, processed, Labels, Now) };
    }
}
