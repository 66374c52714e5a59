using Portal.Content;
using Portal.Diagnostics;
using Portal.Html;
using Portal.Incremental;
using Portal.Load;
using Portal.Markdown;
using Portal.Validate;

namespace Portal.Engine;

/// <summary>The document stages' cache: each input document and what load, markdown and html made of it.</summary>
public sealed partial class SiteEngine
{
    // By path relative to input/ (DocumentSource.RelativePath = ContentItem.SourcePath).
    private readonly Dictionary<string, DocumentState> _documents = new(StringComparer.Ordinal);
    private SiteConfig? _config;
    // The last walk of input/ (serve only): reused while the watcher names only files it already knew.
    private InputWalk? _walk;

    /// <summary>How many times this engine walked input/ (tests check that a theme edit does not).</summary>
    internal int InputWalks { get; private set; }

    private LoadedSite? Load(IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics)
    {
        var paths = _options.Paths;
        var inventory = Inventory(changed, diagnostics);
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

        // The watcher's paths as input/ names them: one lookup per document, not a full path made for each of 10,000.
        var input = Path.GetFullPath(paths.Input);
        var named = changed?.Select(p => InputPaths.ToRelative(input, Path.GetFullPath(p))).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(inventory.Documents, source =>
        {
            DocumentState? state;
            lock (_documents)
            {
                _documents.TryGetValue(source.RelativePath, out state);
            }

            var file = state is null || named is null ? new FileInfo(source.FullPath) : null;
            var stale = state is null || state.Source != source
                || (named is null ? state.Length != file!.Length || state.Modified != file.LastWriteTimeUtc : named.Contains(source.RelativePath));
            if (stale)
            {
                file ??= new FileInfo(source.FullPath);
                var bag = new DiagnosticBag();
                var item = LoadDocument(source, config, bag);
                state = new DocumentState(source, file.Length, file.LastWriteTimeUtc, item, [.. bag.Sorted()]);
                lock (_documents)
                {
                    _documents[source.RelativePath] = state;
                }
            }
        });

        var present = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ContentItem>();
        foreach (var source in inventory.Documents)
        {
            present.Add(source.RelativePath);
            if (_documents[source.RelativePath].Item is { } item)
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
    /// Which documents and assets input/ holds. Walking 10,000 files costs about 100 ms, so serve walks again
    /// only when a change could alter the list: the watcher lost track (null), or it names a path in input/
    /// that is not an existing document or asset already listed (a new, deleted or renamed file, site.yml, a
    /// file that became a link). An edit to known files or to the theme reuses the last walk and its warnings.
    /// </summary>
    private InputInventory Inventory(IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics)
    {
        var paths = _options.Paths;
        var walk = changed is not null && _walk is { } last && changed.All(last.KeepsItsList) ? last : null;
        if (walk is null)
        {
            InputWalks++;
            var scanned = new DiagnosticBag();
            var inventory = InputScanner.Scan(paths.Input, paths.InputDisplay, scanned);
            walk = new InputWalk(inventory, scanned.Sorted(), paths.Input);
            _walk = _oneBuild ? null : walk;
        }

        foreach (var diagnostic in walk.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return walk.Inventory;
    }

    /// <summary>One walk of input/: what it found, what it reported, and the full paths it listed.</summary>
    private sealed class InputWalk(InputInventory inventory, IReadOnlyList<Diagnostic> diagnostics, string input)
    {
        private readonly string _root = Path.GetFullPath(input) + Path.DirectorySeparatorChar;
        // Made at the first question: a one-off build never asks.
        private HashSet<string>? _listed;

        public InputInventory Inventory => inventory;

        public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

        /// <summary>Whether a changed path leaves the list as it was: outside input/, or a listed file still there and still no link.</summary>
        public bool KeepsItsList(string path)
        {
            var full = Path.GetFullPath(path);
            _listed ??= inventory.Documents.Select(d => Path.GetFullPath(d.FullPath))
                .Concat(inventory.Assets.Select(a => Path.GetFullPath(a.FullPath))).ToHashSet(StringComparer.Ordinal);
            return !full.StartsWith(_root, StringComparison.Ordinal)
                || (_listed.Contains(full) && File.Exists(full) && new FileInfo(full).LinkTarget is null);
        }
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

    /// <summary>Every document's own problems, including those that could not be loaded at all.</summary>
    private void CollectDocumentDiagnostics(DiagnosticBag diagnostics)
    {
        foreach (var state in _documents.Values)
        {
            state.LoadDiagnostics.ForEach(diagnostics.Add);
            state.Diagnostics.ForEach(diagnostics.Add);
        }
    }

    /// <summary>Maps documents in parallel, keeping input order and reporting each one done; an exception names the document.</summary>
    private List<TOut> Each<TOut>(List<DocumentState> states, Func<DocumentState, TOut> map)
    {
        var results = new TOut[states.Count];
        var display = _options.Paths.InputDisplay + "/";
        Parallel.For(0, states.Count, i =>
        {
            results[i] = BuildException.For(display + states[i].Source.RelativePath, () => map(states[i]));
            _options.Progress.Advanced(1);
        });
        return [.. results];
    }

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
