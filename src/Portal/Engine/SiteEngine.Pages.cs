using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Incremental;
using Portal.Output;
using Portal.Posters;
using Portal.SiteModel;
using Portal.Templates;

namespace Portal.Engine;

/// <summary>The caches of the page stages: rendered pages, each document's posters, the search index.</summary>
public sealed partial class SiteEngine
{
    /// <summary>How many pages are rendered before they go to the outlet (posters: half as many documents, two sizes each).</summary>
    private const int PagesPerBatch = 512;

    private readonly Dictionary<string, RenderedState> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OutputFile>> _posters = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _templateSources = new Dictionary<string, string>();
    private object[]? _globals;
    private (object[] Key, IReadOnlyList<OutputFile> Files)? _search;
    // Per-document tokens and postings: a body edit re-counts one document and re-encodes only its shards.
    private readonly Search.SearchStage _searchStage = new();

    private void ForgetPages()
    {
        _pages.Clear();
        _posters.Clear();
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
        var stale = site.Pages.Where(page =>
            globalsChanged
            || changedModels.Contains(page.Path)
            || !dependencies.TryGetValue(page.Layout, out var used) || used.Overlaps(changedTemplates)).ToList();
        var stalePaths = stale.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        // In batches, each handed to the outlet at once: a one-off build holds one batch of pages, not all.
        var rendered = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        var renderer = TemplateRenderer.For(site, store, labels, diagnostics, extraGlobals, _options.Progress);
        foreach (var batch in renderer is null ? [] : stale.Chunk(PagesPerBatch))
        {
            var pages = renderer!.Render(batch);
            var files = outlet.Take([.. pages.Select(p => OutputFile.Text(p.FilePath, p.Html))]);
            foreach (var (page, file) in pages.Zip(files))
            {
                rendered[page.Path] = file;
            }

        }

        var current = new Dictionary<string, RenderedState>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            if (rendered.TryGetValue(page.Path, out var fresh))
            {
                current[page.Path] = new RenderedState(page, fresh);
            }
            else if (!stalePaths.Contains(page.Path) && _pages.TryGetValue(page.Path, out var kept))
            {
                current[page.Path] = kept with { Page = page };
            }
        }

        var layoutsChanged = PosterStage.Layouts.Any(l => !dependencies.TryGetValue(l, out var used) || used.Overlaps(changedTemplates));
        return new RenderedPages(current, changedModels, globals, globalsChanged || layoutsChanged);
    }

    /// <summary>
    /// Posters of each document, re-rendered when its page model changed, the poster templates or the
    /// site-wide values did; the bulletin every time (two pages). Posters link assets/poster.css, so a
    /// stylesheet edit changes no poster file.
    /// </summary>
    private PosterFiles Posters(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, RenderedPages pages, IFileOutlet outlet)
    {
        var views = site.Pages.Where(p => p.Model is DocumentView).ToList();
        var stale = views.Where(p => pages.PostersStale || pages.ChangedModels.Contains(p.Path) || !_posters.ContainsKey(p.Path)).Select(p => p.Model).ToList();
        var rendered = new List<OutputFile>();
        // The bulletin comes with the first batch (there is always one, if empty).
        var batches = stale.Chunk(PagesPerBatch / 2).DefaultIfEmpty([]).ToList();
        var renderer = PosterStage.For(site, store, labels, _options.Paths, _options.Bulletin, diagnostics, _options.Progress);
        for (var i = 0; renderer is not null && i < batches.Count; i++)
        {
            var batch = batches[i].ToHashSet(ReferenceEqualityComparer.Instance);
            var posters = renderer.Render(v => batch.Contains(v), withBulletin: i == 0);
            rendered.AddRange(outlet.Take([.. posters.Select(p => OutputFile.Text(p.FilePath, p.Html))]));
        }

        var staleViews = stale.ToHashSet(ReferenceEqualityComparer.Instance);
        var byDocument = new Dictionary<string, List<OutputFile>>(StringComparer.Ordinal);
        foreach (var page in views)
        {
            var view = (DocumentView)page.Model;
            var folder = PosterPaths.Folder(view.Item);
            byDocument[page.Path] = staleViews.Contains(view)
                ? [.. rendered.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal))]
                : _posters[page.Path];
        }

        var bulletin = rendered.Where(f => f.Path.StartsWith(PosterPaths.BulletinFolder, StringComparison.Ordinal)).ToList();
        return new PosterFiles(byDocument, bulletin);
    }

    /// <summary>Makes this build's pages and posters the base the next build compares against.</summary>
    private void Keep(RenderedPages pages, PosterFiles posters, TemplateStore store)
    {
        _pages.Clear();
        foreach (var (path, state) in pages.Current)
        {
            _pages[path] = state;
        }

        _posters.Clear();
        foreach (var (path, files) in posters.ByDocument)
        {
            _posters[path] = files;
        }

        _templateSources = store.Sources;
        _globals = pages.Globals;
    }

    private sealed record RenderedState(SitePage Page, OutputFile File);

    /// <summary>This build's pages, and what the poster stage needs to know of how they changed.</summary>
    private sealed record RenderedPages(Dictionary<string, RenderedState> Current, HashSet<string> ChangedModels, object[] Globals, bool PostersStale)
    {
        public IEnumerable<OutputFile> Files => Current.Values.Select(s => s.File);
    }

    private sealed record PosterFiles(Dictionary<string, List<OutputFile>> ByDocument, List<OutputFile> Bulletin)
    {
        public IEnumerable<OutputFile> Files => ByDocument.Values.SelectMany(f => f).Concat(Bulletin);
    }
}
