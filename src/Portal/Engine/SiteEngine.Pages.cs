using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Incremental;
using Portal.Output;
using Portal.Posters;
using Portal.SiteModel;
using Portal.Templates;

namespace Portal.Engine;

/// <summary>The caches of the page stages: rendered pages and the search index.</summary>
public sealed partial class SiteEngine
{
    /// <summary>How many pages are rendered before they go to the outlet.</summary>
    private const int PagesPerBatch = 512;

    private readonly Dictionary<string, RenderedState> _pages = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _templateSources = new Dictionary<string, string>();
    private object[]? _globals;
    private (object[] Key, IReadOnlyList<OutputFile> Files)? _search;
    // Per-document tokens and postings: a body edit re-counts one document and re-encodes only its shards.
    private readonly Search.SearchStage _searchStage = new();

    /// <summary>How many pages the last build spliced instead of rendering (tests check a footer edit splices them all).</summary>
    internal int PagesSpliced { get; private set; }

    private void ForgetPages()
    {
        _pages.Clear();
        _templateSources = new Dictionary<string, string>();
        _globals = null;
    }

    /// <summary>
    /// The search index, rebuilt only when what it is made of changed: the processed documents, which of them
    /// have pages, or the labels (a template or stylesheet edit leaves it alone).
    /// </summary>
    private IReadOnlyList<OutputFile> SearchFiles(Site site, IReadOnlyList<ProcessedDocument> processed, Labels labels)
    {
        object[] key = [.. processed, .. site.Pages.Select(p => p.Model).OfType<DocumentView>().Select(v => v.Item), labels.Strings];
        if (_search is { } cached && ViewEquality.Same(cached.Key, key))
        {
            return cached.Files;
        }

        var files = _searchStage.Run(site, processed, labels);
        _search = (key, files);
        return files;
    }

    /// <summary>Renders the pages whose model, layout templates or site-wide values changed; reuses the rest.</summary>
    private RenderedPages Render(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, IReadOnlyDictionary<string, object?>? extraGlobals, IFileOutlet outlet)
    {
        var changedTemplates = store.Sources.Keys.Union(_templateSources.Keys)
            .Where(k => !store.Sources.TryGetValue(k, out var now) || !_templateSources.TryGetValue(k, out var before) || now != before)
            .ToHashSet(StringComparer.Ordinal);
        var dependencies = TemplateDependencies.Of(store.Sources, standalone: PosterStage.Layouts);
        object[] globals = [site.Config, site.Navigation, site.PageLinks, labels.Strings, .. (extraGlobals?.Values.OfType<object>() ?? [])];
        var globalsChanged = _globals is null || !ViewEquality.Same(_globals, globals);

        var changedModels = site.Pages
            .Where(page => !_pages.TryGetValue(page.Path, out var before) || !ViewEquality.Same(before.Page, page))
            .Select(p => p.Path)
            .ToHashSet(StringComparer.Ordinal);
        List<SitePage> stale = [.. site.Pages.Where(page =>
            globalsChanged
            || changedModels.Contains(page.Path)
            || !dependencies.TryGetValue(page.Layout, out var used) || used.Overlaps(changedTemplates))];
        var stalePaths = stale.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var rendered = new Dictionary<string, (OutputFile File, PageIncludes? Includes)>(StringComparer.Ordinal);
        var renderer = TemplateRenderer.For(site, store, labels, diagnostics, extraGlobals, _options.Progress, recordIncludes: !_oneBuild);
        if (renderer is not null)
        {
            stale = Splice(renderer, stale, changedModels, globalsChanged ? new HashSet<string>() : SpliceablePartials.Of(changedTemplates, _templateSources, store.Templates), outlet, rendered);
        }

        // In batches, each handed to the outlet at once: a one-off build holds one batch of pages, not all.
        foreach (var batch in renderer is null ? [] : stale.Chunk(PagesPerBatch))
        {
            var pages = renderer!.Render(batch);
            var files = outlet.Take([.. pages.Select(p => p.File)]);
            foreach (var (page, file) in pages.Zip(files))
            {
                rendered[page.Path] = (file, page.Includes);
            }
        }

        var current = new Dictionary<string, RenderedState>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            if (rendered.TryGetValue(page.Path, out var fresh))
            {
                current[page.Path] = new RenderedState(page, fresh.File, fresh.Includes);
            }
            else if (!stalePaths.Contains(page.Path) && _pages.TryGetValue(page.Path, out var kept))
            {
                current[page.Path] = kept with { Page = page };
            }
        }

        return new RenderedPages(current, globals);
    }

    /// <summary>
    /// After an edit of partials only (<paramref name="partials"/>, see <see cref="SpliceablePartials"/>), the
    /// stale pages whose model is the same take the partials' new output into their last bytes; the pages
    /// left to render are returned (a page where a partial cannot be swapped, or one never rendered).
    /// </summary>
    private List<SitePage> Splice(TemplateRenderer.PageRenderer renderer, List<SitePage> stale, HashSet<string> changedModels, IReadOnlySet<string> partials, IFileOutlet outlet, Dictionary<string, (OutputFile File, PageIncludes? Includes)> rendered)
    {
        PagesSpliced = 0;
        if (partials.Count == 0)
        {
            return stale;
        }

        var candidates = stale
            .Where(p => !changedModels.Contains(p.Path) && _pages.TryGetValue(p.Path, out var last) && last.File.Content is not null && last.Includes is not null)
            .Select(p => (p, _pages[p.Path].File.Content!, _pages[p.Path].Includes!))
            .ToList();
        var spliced = renderer.Splice(candidates, partials);
        var pages = spliced.OfType<RenderedPage>().ToList();
        foreach (var (page, file) in pages.Zip(outlet.Take([.. pages.Select(p => p.File)])))
        {
            rendered[page.Path] = (file, page.Includes);
        }

        PagesSpliced = pages.Count;
        return [.. stale.Where(p => !rendered.ContainsKey(p.Path))];
    }

    /// <summary>
    /// The weekly bulletin (two pages), rendered every build: it depends on the build's date. A document's
    /// poster is part of its page (the poster-sheet partial), so it has no stage of its own.
    /// </summary>
    private IReadOnlyList<OutputFile> Bulletin(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, IFileOutlet outlet) =>
        outlet.Take([.. PosterStage.Render(site, store, labels, _options.Paths, _options.Bulletin, diagnostics).Select(p => p.File)]);

    /// <summary>Makes this build's pages the base the next build compares against.</summary>
    private void Keep(RenderedPages pages, TemplateStore store)
    {
        _pages.Clear();
        foreach (var (path, state) in pages.Current)
        {
            _pages[path] = state;
        }

        _templateSources = store.Sources;
        _globals = pages.Globals;
    }

    /// <summary>A page of the last build: its model, its file, and where its includes went (null when not noted).</summary>
    private sealed record RenderedState(SitePage Page, OutputFile File, PageIncludes? Includes);

    /// <summary>This build's pages and the site-wide values they were rendered with.</summary>
    private sealed record RenderedPages(Dictionary<string, RenderedState> Current, object[] Globals)
    {
        public IEnumerable<OutputFile> Files => Current.Values.Select(s => s.File);
    }
}
