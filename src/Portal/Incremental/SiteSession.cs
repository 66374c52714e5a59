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
    private SiteConfig? _config;
    private IReadOnlyDictionary<string, string> _templateSources = new Dictionary<string, string>();
    private object[]? _globals;
    private IncrementalOutput? _output;

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
    public BuildReport Build(IReadOnlyCollection<string>? changed = null)
    {
        var paths = _options.Paths;
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        T Stage<T>(string name, Func<T> run)
        {
            var clock = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            return result;
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
        foreach (var state in states)
        {
            state.Diagnostics.ForEach(diagnostics.Add);
        }

        var site = Stage("site", () => SiteModelBuilder.Build(loaded, processed, labels, _now));
        var search = Stage("search", () => SiteBuilder.BuildSearchIndex(site, processed, labels));
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
            }
        }

        var kinds = site.Pages.GroupBy(p => p.Layout).ToDictionary(g => g.Key, g => g.Count());
        return new BuildReport(diagnostics.Sorted(), timings, kinds, files.Count, published) { ChangedFiles = changedFiles };
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
                var item = ContentLoader.LoadOne(source, paths.InputDisplay + "/" + source.RelativePath, config, bag);
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
            state.LoadDiagnostics.ForEach(diagnostics.Add);
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

        var stale = site.Pages.Where(page =>
            globalsChanged
            || !_pages.TryGetValue(page.Path, out var before)
            || !dependencies.TryGetValue(page.Layout, out var used) || used.Overlaps(changedTemplates)
            || !ViewEquality.Same(before.Page, page)).ToList();
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

        if (!diagnostics.HasErrors)
        {
            // Only a clean build becomes the base of the next comparison: after an error, everything the
            // error touched is compared against the last good build again.
            _pages.Clear();
            foreach (var (path, state) in current)
            {
                _pages[path] = state;
            }

            _templateSources = store.Sources;
            _globals = globals;
        }

        return [.. current.Values.Select(s => s.File)];
    }

    private static List<TOut> Each<TOut>(List<DocumentState> states, Func<DocumentState, TOut> map)
    {
        var results = new TOut[states.Count];
        Parallel.For(0, states.Count, i => results[i] = BuildException.For(states[i].Source.RelativePath, () => map(states[i])));
        return [.. results];
    }

    private sealed record RenderedState(SitePage Page, OutputFile File);

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
