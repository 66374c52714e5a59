using System.Diagnostics;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Load;
using Portal.Markdown;
using Portal.Output;
using Portal.SiteModel;
using Portal.Templates;
using Portal.Validate;

namespace Portal.Incremental;

/// <summary>
/// The pipeline of <see cref="SiteBuilder"/> for <c>portal serve</c>, keeping every stage's results between
/// builds so a change re-does only what it affects:
/// <list type="bullet">
/// <item>a document is re-read only when its file changed (or the watcher names it), re-rendered only when
/// its text changed, re-processed only when it or a document its links point at changed;</item>
/// <item>the site model is rebuilt (cheap), and a page is re-rendered only when its model differs
/// structurally from the last build's, a template its layout uses changed, or the site-wide values did;</item>
/// <item>only files whose bytes changed are written, each atomically, so the last good output keeps
/// serving; nothing is written while the input has errors.</item>
/// </list>
/// The first <see cref="Build"/> is a normal full build through the staging folder. A test builds the
/// same input from scratch after every change and compares the folders.
/// </summary>
public sealed class SiteSession
{
    private readonly BuildOptions _options;
    private readonly DateTimeOffset _now;
    // By path relative to input/ (DocumentSource.RelativePath = ContentItem.SourcePath).
    private readonly Dictionary<string, DocumentState> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RenderedState> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OutputFile>> _posters = new(StringComparer.Ordinal);
    private string? _posterCss;
    private SiteConfig? _config;
    private IReadOnlyDictionary<string, string> _templateSources = new Dictionary<string, string>();
    private object[]? _globals;
    private IncrementalOutput? _output;
    private LastBuild? _last;
    private (object[] Key, IReadOnlyList<OutputFile> Files)? _search;
    // What the build is busy with, for an exception that does not say which file it came from.
    private string _working = "";

    public SiteSession(BuildOptions options)
    {
        _options = options;
        // One "now" per session: pages that show the build time or depend on expiry stay comparable
        // between incremental builds (restart serve to move to a new day).
        _now = options.Now ?? DateTimeOffset.Now;
    }

    /// <summary>
    /// Builds, reusing what the last build made. <paramref name="changed"/> lists full paths the caller
    /// knows changed (a file watcher); null means "look at every file's size and time".
    /// </summary>
    /// <param name="pagesWritten">Called as soon as changed pages are on disk, before slower work (the
    /// search index, the manifest) finishes: the preview reloads the editor's tab then.</param>
    /// <exception cref="BuildException">Something threw (a bug, or a library failing on odd input), tagged
    /// with the file being worked on. The session stays usable: the next build is a full one.</exception>
    public BuildReport Build(IReadOnlyCollection<string>? changed = null, Action<IReadOnlyList<string>>? pagesWritten = null)
    {
        _working = _options.Paths.InputDisplay;
        try
        {
            return TryBodyEdit(changed, pagesWritten) ?? FullUpdate(changed, pagesWritten);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An exception can stop a build anywhere: after some documents were re-read and cached, some
            // pages written ahead, the manifest not yet rewritten. Rolling that back would need a copy of
            // every cache, so the session forgets instead, and the next build is a full one like the first:
            // every file re-read, every page rendered, and the output published afresh through the staging
            // folder (files written ahead are then replaced or removed). The pages on disk stay as they are
            // until then: the preview keeps showing the last good site.
            Forget();
            throw Tagged(e, _working);
        }
    }

    /// <summary>Test hook: called with a document's path (relative to input/) before it is read, so a test
    /// can make reading one file throw the way a bug in a stage would.</summary>
    internal Action<string>? BeforeReading { get; set; }

    private void Forget()
    {
        _documents.Clear();
        _pages.Clear();
        _posters.Clear();
        _posterCss = null;
        _config = null;
        _templateSources = new Dictionary<string, string>();
        _globals = null;
        _last = null;
        _search = null;
        if (_output is not null)
        {
            _output = null;
            ManifestFromDisk(_options.Paths.Output);
        }
    }

    /// <summary>
    /// The full publish reuses an output file when the manifest's hash and the file's size match, so a
    /// manifest that does not describe the disk (pages written ahead, then the exception before the
    /// manifest was rewritten) could keep a wrong page. Re-hashing what is on disk makes it true again.
    /// </summary>
    private static void ManifestFromDisk(string root)
    {
        try
        {
            if (BuildManifest.Read(root) is not { } manifest)
            {
                return;
            }

            var entries = manifest.Files
                .Select(e => Path.Combine(root, e.Path) is var full && File.Exists(full) && File.ReadAllBytes(full) is var bytes
                    ? new ManifestEntry(e.Path, bytes.Length, BuildManifest.Hash(bytes))
                    : null)
                .OfType<ManifestEntry>()
                .ToList();
            var path = Path.Combine(root, BuildManifest.FileName);
            File.WriteAllText(path + ".portal-tmp", new BuildManifest("portal", entries).ToJson());
            File.Move(path + ".portal-tmp", path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next publish reports the folder's problem itself.
        }
    }

    /// <summary>The exception as one line naming the file: the innermost tagged one a parallel stage threw, or
    /// <paramref name="working"/> (what the build was busy with) for an untagged one.</summary>
    private static BuildException Tagged(Exception e, string working)
    {
        IReadOnlyList<Exception> thrown = e is AggregateException all ? all.Flatten().InnerExceptions : [e];
        return thrown.OfType<BuildException>().FirstOrDefault() ?? new BuildException(working, thrown.Count > 0 ? thrown[0] : e);
    }

    private BuildReport FullUpdate(IReadOnlyCollection<string>? changed, Action<IReadOnlyList<string>>? pagesWritten)
    {
        var paths = _options.Paths;
        var diagnostics = new DiagnosticBag();
        var stages = new StageClock();
        var timings = stages.Timings;
        T Stage<T>(string name, Func<T> run)
        {
            _working = name switch
            {
                "templates-parse" or "templates" => paths.ThemeDisplay,
                "write" => paths.Output,
                _ => paths.InputDisplay,
            };
            return stages.Run(name, run);
        }

        var loaded = Stage("load", () => Load(changed, diagnostics));
        if (loaded is null)
        {
            return new BuildReport(diagnostics.Sorted(), timings, new Dictionary<string, int>(), 0, null);
        }

        var labels = LabelsLoader.Load(paths, diagnostics);
        Stage("validate", () => { SiteValidator.Validate(loaded, diagnostics); return 0; });
        var states = loaded.Items.Select(i => _documents[i.SourcePath]).ToList();
        var rendered = Stage("markdown", () => Each(states, s => s.Rendered ??= MarkdownRenderer.Render(s.Item!)));
        var targets = new LinkTargets(rendered, loaded.Assets, _now);
        var processed = Stage("html", () => Each(states, s => Process(s, targets)));
        var global = diagnostics.Sorted();
        // Every document's own problems, including those that could not be loaded at all.
        foreach (var state in _documents.Values)
        {
            state.LoadDiagnostics.ForEach(diagnostics.Add);
            state.Diagnostics.ForEach(diagnostics.Add);
        }

        var site = Stage("site", () => SiteModelBuilder.Build(loaded, processed, labels, _now));
        var search = Stage("search", () => SearchFiles(site, processed, labels));
        var store = Stage("templates-parse", () => TemplateStore.Load(paths, diagnostics));
        var pages = Stage("templates", () => Render(site, store, labels, diagnostics));
        var files = Stage("assemble", () => (IReadOnlyList<OutputFile>)[.. OutputAssembler.Assemble(site, [], loaded, paths), .. pages, .. search]);
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        PublishResult? published = null;
        IReadOnlyList<string>? changedFiles = null;
        if (paths.OutputOverlapsSources)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(paths.Output), "输出目录不能与内容目录或主题目录重叠，未写入任何文件。");
        }

        if (_options.WriteOutput && !diagnostics.HasErrors)
        {
            if (_output is null)
            {
                published = Stage("write", () => OutputPublisher.Publish(paths.Output, sorted, diagnostics));
                if (published is not null)
                {
                    _output = IncrementalOutput.After(paths.Output, sorted);
                }
            }
            else
            {
                var applied = Stage("write", () => _output.Apply(sorted, diagnostics));
                published = applied.Result;
                changedFiles = applied.Changed;
                pagesWritten?.Invoke(changedFiles);
            }
        }

        _last = diagnostics.HasErrors || _output is null
            ? null
            : new LastBuild(site, labels, store, targets, processed, sorted.Where(f => !(f.Path.StartsWith(Search.SearchIndexWriter.Folder, StringComparison.Ordinal) && f.Path.EndsWith(".js", StringComparison.Ordinal))).ToDictionary(f => f.Path, StringComparer.Ordinal), [.. global]);

        var kinds = site.Pages.GroupBy(p => p.Layout).ToDictionary(g => g.Key, g => g.Count());
        return new BuildReport(diagnostics.Sorted(), timings, kinds, files.Count, published) { ChangedFiles = changedFiles };
    }

    /// <summary>
    /// The common case while writing: only the body of documents changed, and nothing anyone else sees of
    /// them did (title, summary, state, heading ids are the same). Then only their pages are rendered and
    /// written — at once — and the search index and manifest follow. Null when the change is anything else.
    /// </summary>
    private BuildReport? TryBodyEdit(IReadOnlyCollection<string>? changed, Action<IReadOnlyList<string>>? pagesWritten)
    {
        if (changed is not { Count: > 0 } || _last is not { } last || _output is null || !_options.WriteOutput)
        {
            return null;
        }

        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        var input = Path.GetFullPath(_options.Paths.Input);
        var edits = new List<(DocumentState Old, DocumentState Fresh)>();
        foreach (var path in changed.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(input, path).Replace('\\', '/');
            _working = _options.Paths.InputDisplay + "/" + relative;
            if (!_documents.TryGetValue(relative, out var old) || old.Item is null || old.Processed is null || !File.Exists(path))
            {
                return null;
            }

            var bag = new DiagnosticBag();
            var file = new FileInfo(path);
            var item = LoadDocument(old.Source, _config!, bag);
            if (item is null || bag.HasErrors || !ViewEquality.Same(old.Item with { Body = item.Body, BodyLine = item.BodyLine }, item))
            {
                return null;
            }

            var fresh = new DocumentState(old.Source, file.Length, file.LastWriteTimeUtc, item, [.. bag.Sorted()]) { Rendered = MarkdownRenderer.Render(item) };
            if (!fresh.Rendered.Ids.SetEquals(old.Rendered!.Ids) || Process(fresh, last.Targets).State != old.Processed.State
                || fresh.Diagnostics.Any(d => d.Severity == Severity.Error)
                || Summaries.Of(fresh.Processed!) != Summaries.Of(old.Processed))
            {
                return null;
            }

            edits.Add((old, fresh));
        }

        timings.Add(new StageTiming("documents", clock.Elapsed));
        clock.Restart();
        var pages = last.Site.Pages.ToList();
        var patched = new List<SitePage>();
        var processed = last.Processed.ToList();
        foreach (var (old, fresh) in edits)
        {
            var at = pages.FindIndex(p => p.Model is DocumentView v && ReferenceEquals(v.Item, old.Item));
            var index = processed.FindIndex(p => ReferenceEquals(p, old.Processed));
            if (at < 0 || index < 0)
            {
                return null;
            }

            var view = (DocumentView)pages[at].Model;
            var doc = fresh.Processed!;
            pages[at] = pages[at] with { Model = view with { Item = fresh.Item!, Html = doc.Html, Toc = doc.Toc, ReadingMinutes = doc.ReadingMinutes } };
            processed[index] = doc;
            patched.Add(pages[at]);
        }

        var site = last.Site with { Pages = pages };
        var renderBag = new DiagnosticBag();
        var rendered = TemplateRenderer.Render(site with { Pages = patched }, last.Store, last.Labels, renderBag);
        if (renderBag.HasErrors || rendered.Count != patched.Count)
        {
            return null;
        }

        timings.Add(new StageTiming("templates", clock.Elapsed));
        clock.Restart();
        foreach (var (old, fresh) in edits)
        {
            _documents[old.Source.RelativePath] = fresh;
        }

        var files = new Dictionary<string, OutputFile>(last.Files, StringComparer.Ordinal);
        var written = rendered.Select(p => OutputFile.Text(p.FilePath, p.Html)).ToList();
        foreach (var (page, file) in patched.Zip(written))
        {
            files[file.Path] = file;
            _pages[page.Path] = new RenderedState(page, file);
        }

        var editedViews = patched.Select(p => p.Model).ToHashSet(ReferenceEqualityComparer.Instance);
        var posters = Portal.Posters.PosterStage.Render(site, last.Store, last.Labels, _options.Paths, _options.Bulletin, renderBag, v => editedViews.Contains(v), withBulletin: false)
            .Select(p => OutputFile.Text(p.FilePath, p.Html))
            .ToList();
        foreach (var page in patched)
        {
            var folder = Portal.Posters.PosterPaths.Folder(((DocumentView)page.Model).Item);
            _posters[page.Path] = [.. posters.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal))];
        }

        foreach (var poster in posters)
        {
            files[poster.Path] = poster;
        }

        var ahead = _output.WriteAhead([.. written, .. posters]);
        timings.Add(new StageTiming("write-pages", clock.Elapsed));
        pagesWritten?.Invoke(ahead);

        clock.Restart();
        var search = SiteBuilder.BuildSearchIndex(site, processed, last.Labels);
        timings.Add(new StageTiming("search", clock.Elapsed));
        clock.Restart();
        var diagnostics = new DiagnosticBag();
        var sorted = files.Values.Concat(search).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var (published, changedFiles) = _output.Apply(sorted, diagnostics);
        timings.Add(new StageTiming("write", clock.Elapsed));

        _last = last with { Site = site, Processed = processed, Files = files };
        last.Global.ForEach(diagnostics.Add);
        foreach (var state in _documents.Values)
        {
            state.LoadDiagnostics.ForEach(diagnostics.Add);
            state.Diagnostics.ForEach(diagnostics.Add);
        }

        var kinds = site.Pages.GroupBy(p => p.Layout).ToDictionary(g => g.Key, g => g.Count());
        return new BuildReport(diagnostics.Sorted(), timings, kinds, sorted.Count, published) { ChangedFiles = [.. ahead.Union(changedFiles)] };
    }

    private LoadedSite? Load(IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics)
    {
        var paths = _options.Paths;
        var inventory = InputScanner.Scan(paths.Input, paths.InputDisplay, diagnostics);
        var config = SiteConfigLoader.Load(inventory.SiteConfigPath, paths.InputDisplay + "/" + InputScanner.SiteConfigFile, diagnostics);
        if (config is null)
        {
            return null;
        }

        if (_config is null || !ViewEquality.Same(_config, config))
        {
            // Documents are bound against site.yml (regions, categories): a new one invalidates them all.
            _documents.Clear();
            _config = config;
        }

        var changedSet = changed?.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ContentItem>();
        Parallel.ForEach(inventory.Documents, source =>
        {
            var file = new FileInfo(source.FullPath);
            DocumentState? state;
            lock (_documents)
            {
                _documents.TryGetValue(source.RelativePath, out state);
            }

            var stale = state is null || state.Source != source
                || (changedSet is null ? state.Length != file.Length || state.Modified != file.LastWriteTimeUtc : changedSet.Contains(Path.GetFullPath(source.FullPath)));
            if (stale)
            {
                var bag = new DiagnosticBag();
                var item = LoadDocument(source, config, bag);
                state = new DocumentState(source, file.Length, file.LastWriteTimeUtc, item, [.. bag.Sorted()]);
                lock (_documents)
                {
                    _documents[source.RelativePath] = state;
                }
            }
        });

        foreach (var source in inventory.Documents)
        {
            present.Add(source.RelativePath);
            var state = _documents[source.RelativePath];
            if (state.Item is { } item)
            {
                items.Add(item);
            }
        }

        foreach (var gone in _documents.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _documents.Remove(gone);
        }

        var ordered = items.OrderBy(i => i.SourcePath, StringComparer.Ordinal).ToList();
        var site = new LoadedSite(config, ordered, inventory.Assets);
        if (_options.BaseUrl is { } baseUrl)
        {
            site = site with { Config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        return site;
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

        var files = SiteBuilder.BuildSearchIndex(site, processed, labels);
        _search = (key, files);
        return files;
    }

    /// <summary>Reads one document, with the editorial checks that look at it alone (typography, freshness).</summary>
    private ContentItem? LoadDocument(DocumentSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        var display = _options.Paths.InputDisplay + "/" + source.RelativePath;
        return BuildException.For(display, () =>
        {
            BeforeReading?.Invoke(source.RelativePath);
            var item = ContentLoader.LoadOne(source, display, config, diagnostics);
            if (item is not null)
            {
                EditorialChecks.Check(item, _now, _options.Typography, diagnostics);
            }

            return item;
        });
    }

    private ProcessedDocument Process(DocumentState state, LinkTargets targets)
    {
        if (state.Processed is { } done && targets.Signature(state.Lookups) == state.Signature && done.State == Publication.StateOf(state.Item!, _now))
        {
            return done;
        }

        var bag = new DiagnosticBag();
        var lookups = new HashSet<string>(StringComparer.Ordinal);
        var processed = HtmlPostProcessor.Process(state.Rendered!, targets, _now, bag, lookups);
        state.Processed = processed;
        state.Lookups = lookups;
        state.Signature = targets.Signature(lookups);
        state.Diagnostics = [.. bag.Sorted()];
        return processed;
    }

    /// <summary>Renders the pages whose model, layout templates or site-wide values changed; reuses the rest.</summary>
    private List<OutputFile> Render(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics)
    {
        var changedTemplates = store.Sources.Keys.Union(_templateSources.Keys)
            .Where(k => !store.Sources.TryGetValue(k, out var now) || !_templateSources.TryGetValue(k, out var before) || now != before)
            .ToHashSet(StringComparer.Ordinal);
        var dependencies = TemplateDependencies.Of(store.Sources);
        object[] globals = [site.Config, site.Navigation, site.PageLinks, labels.Strings];
        var globalsChanged = _globals is null || !ViewEquality.Same(_globals, globals);

        // Pages whose data changed (their posters too), and pages to render (those, plus template changes).
        var changedModels = site.Pages
            .Where(page => !_pages.TryGetValue(page.Path, out var before) || !ViewEquality.Same(before.Page, page))
            .Select(p => p.Path)
            .ToHashSet(StringComparer.Ordinal);
        var stale = site.Pages.Where(page =>
            globalsChanged
            || changedModels.Contains(page.Path)
            || !dependencies.TryGetValue(page.Layout, out var used) || used.Overlaps(changedTemplates)).ToList();
        var stalePaths = stale.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var rendered = TemplateRenderer.Render(site with { Pages = stale }, store, labels, diagnostics).ToDictionary(p => p.Path, StringComparer.Ordinal);

        var current = new Dictionary<string, RenderedState>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            if (rendered.TryGetValue(page.Path, out var fresh))
            {
                current[page.Path] = new RenderedState(page, OutputFile.Text(fresh.FilePath, fresh.Html));
            }
            else if (!stalePaths.Contains(page.Path) && _pages.TryGetValue(page.Path, out var kept))
            {
                current[page.Path] = kept with { Page = page };
            }
        }

        var posters = Posters(site, store, labels, diagnostics, changedModels, dependencies, changedTemplates, globalsChanged);
        if (!diagnostics.HasErrors)
        {
            // Only a clean build becomes the base of the next comparison: after an error, everything the
            // error touched is compared against the last good build again.
            _pages.Clear();
            foreach (var (path, state) in current)
            {
                _pages[path] = state;
            }

            _posters.Clear();
            foreach (var (path, files) in posters.ByDocument)
            {
                _posters[path] = files;
            }

            _templateSources = store.Sources;
            _globals = globals;
            _posterCss = posters.Css;
        }

        return [.. current.Values.Select(s => s.File), .. posters.ByDocument.Values.SelectMany(f => f), .. posters.Bulletin];
    }

    /// <summary>
    /// Posters of each document, re-rendered when its page model changed or the poster templates, poster.css
    /// or site-wide values did; the bulletin every time (two pages).
    /// </summary>
    private PosterFiles Posters(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, HashSet<string> stalePages, IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies, HashSet<string> changedTemplates, bool globalsChanged)
    {
        var css = PosterCss();
        var all = globalsChanged || css != _posterCss
            || Portal.Posters.PosterStage.Layouts.Any(l => !dependencies.TryGetValue(l, out var used) || used.Overlaps(changedTemplates));
        var views = site.Pages.Where(p => p.Model is DocumentView).ToList();
        var stale = views.Where(p => all || stalePages.Contains(p.Path) || !_posters.ContainsKey(p.Path)).Select(p => p.Model).ToHashSet(ReferenceEqualityComparer.Instance);
        var rendered = Portal.Posters.PosterStage.Render(site, store, labels, _options.Paths, _options.Bulletin, diagnostics, v => stale.Contains(v))
            .Select(p => OutputFile.Text(p.FilePath, p.Html))
            .ToList();
        var byDocument = new Dictionary<string, List<OutputFile>>(StringComparer.Ordinal);
        foreach (var page in views)
        {
            var view = (DocumentView)page.Model;
            var folder = Portal.Posters.PosterPaths.Folder(view.Item);
            byDocument[page.Path] = stale.Contains(view)
                ? [.. rendered.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal))]
                : _posters[page.Path];
        }

        var bulletin = rendered.Where(f => f.Path.StartsWith(Portal.Posters.PosterPaths.BulletinFolder, StringComparison.Ordinal)).ToList();
        return new PosterFiles(byDocument, bulletin, css);
    }

    private string? PosterCss()
    {
        var file = Portal.Posters.PosterStage.CssFile(_options.Paths);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    private static List<TOut> Each<TOut>(List<DocumentState> states, Func<DocumentState, TOut> map)
    {
        var results = new TOut[states.Count];
        Parallel.For(0, states.Count, i => results[i] = BuildException.For(states[i].Source.RelativePath, () => map(states[i])));
        return [.. results];
    }

    private sealed record RenderedState(SitePage Page, OutputFile File);

    private sealed record PosterFiles(Dictionary<string, List<OutputFile>> ByDocument, List<OutputFile> Bulletin, string? Css);

    /// <summary>What the last clean build made, for the body-edit shortcut.</summary>
    private sealed record LastBuild(Site Site, Labels Labels, TemplateStore Store, LinkTargets Targets, IReadOnlyList<ProcessedDocument> Processed, Dictionary<string, OutputFile> Files, List<Diagnostic> Global);

    /// <summary>One input document and what each stage made of it.</summary>
    private sealed class DocumentState(DocumentSource source, long length, DateTime modified, ContentItem? item, List<Diagnostic> loadDiagnostics)
    {
        public DocumentSource Source { get; } = source;

        public long Length { get; } = length;

        public DateTime Modified { get; } = modified;

        public ContentItem? Item { get; } = item;

        public List<Diagnostic> LoadDiagnostics { get; } = loadDiagnostics;

        public RenderedMarkdown? Rendered { get; set; }

        public ProcessedDocument? Processed { get; set; }

        public IReadOnlySet<string> Lookups { get; set; } = new HashSet<string>();

        public string Signature { get; set; } = "";

        public List<Diagnostic> Diagnostics { get; set; } = [];
    }
}
