using Portal.Diagnostics;
using Portal.Html;
using Portal.Images;
using Portal.Incremental;
using Portal.Load;
using Portal.Markdown;
using Portal.Output;
using Portal.SiteModel;
using Portal.Templates;
using Portal.UpToDate;
using Portal.Validate;

namespace Portal.Engine;

/// <summary>
/// The one pipeline of design.md §3, with a cache per stage. <c>portal build</c> runs a fresh instance
/// (every cache empty, so everything is made once); <c>portal serve</c> keeps one instance alive so a
/// change re-does only what it affects:
/// <list type="bullet">
/// <item>a document is re-read only when its file changed (or the watcher names it), re-rendered only when
/// its text changed, re-processed only when it or a document its links point at changed;</item>
/// <item>the site model is rebuilt (cheap), and a page is re-rendered only when its model differs
/// structurally from the last build's, a template its layout uses changed, or the site-wide values did
/// (a document's poster is part of its page);</item>
/// <item>the first build publishes through the staging folder; later ones write only files whose bytes
/// changed, each atomically, so the last good output keeps serving; nothing is written while the input
/// has errors.</item>
/// </list>
/// A variant (<see cref="IBuildVariant"/>: the web site or a kiosk) plugs into defined points. Tests build
/// the same input with a fresh engine after every change and compare the folders.
/// </summary>
public sealed partial class SiteEngine
{
    private readonly BuildOptions _options;
    private readonly DateTimeOffset _now;
    // Decided once: a one-off build streams files to staging and lets go of what no later build will reuse.
    private readonly bool _oneBuild;
    private IncrementalOutput? _output;
    // What the build is busy with, for an exception that does not say which file it came from.
    private string _working = "";

    /// <summary>An engine kept alive between builds (<c>portal serve</c>): every stage's results stay for the next build.</summary>
    public SiteEngine(BuildOptions options)
        : this(options, oneBuild: false)
    {
    }

    private SiteEngine(BuildOptions options, bool oneBuild)
    {
        _options = options;
        _oneBuild = oneBuild;
        // One "now" per engine: pages that show the build time or depend on expiry stay comparable
        // between incremental builds (restart serve to move to a new day).
        _now = options.Now ?? DateTimeOffset.Now;
    }

    /// <summary>
    /// An engine for one build (<c>portal build</c>): empty caches, pages streamed into the staging folder as
    /// they are rendered, and intermediate results dropped as soon as the next stage has what it needs.
    /// </summary>
    public static SiteEngine ForOneBuild(BuildOptions options) => new(options, oneBuild: true);

    /// <summary>Test hook: called with a document's path (relative to input/) before it is read, so a test
    /// can make reading one file throw the way a bug in a stage would.</summary>
    internal Action<string>? BeforeReading { get; set; }

    /// <summary>
    /// Builds, reusing what the last build made. <paramref name="changed"/> lists full paths the caller
    /// knows changed (a file watcher); null means "look at every file's size and time".
    /// </summary>
    /// <param name="pagesWritten">Called as soon as changed pages are on disk, before slower work (the
    /// search index, the manifest) finishes: the preview reloads the editor's tab then.</param>
    /// <exception cref="BuildException">Something threw (a bug, or a library failing on odd input), tagged
    /// with the file being worked on. The engine stays usable: the next build is a full one.</exception>
    public BuildReport Build(IReadOnlyCollection<string>? changed = null, Action<IReadOnlyList<string>>? pagesWritten = null)
    {
        _working = _options.Paths.InputDisplay;
        try
        {
            if (TryBodyEdit(changed, pagesWritten) is { } quick)
            {
                return quick;
            }

            // The first publish goes through staging and holds the folder's lock for the whole build (a
            // second build into it waits); later writes take the lock for each write.
            var refused = new DiagnosticBag();
            using var held = _options.WriteOutput && _output is null ? OutputPublisher.Claim(_options.Paths, refused) : null;
            if (refused.HasErrors)
            {
                return new BuildReport(refused.Sorted(), [], new Dictionary<string, int>(), 0, null);
            }

            // A one-off build first asks whether anything changed since the last one (serve's engine knows
            // what it made itself). Only a publishing build can skip: `portal check` always runs every stage.
            var upToDate = _oneBuild && held is not null ? UpToDateCheck.Start(_options, _now) : null;
            return upToDate?.Reuse() ?? Run(changed, pagesWritten, held, upToDate);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An exception can stop a build anywhere: after some documents were re-read and cached, some
            // pages written ahead, the manifest not yet rewritten. Rolling that back would need a copy of
            // every cache, so the engine forgets instead, and the next build is a full one like the first:
            // every file re-read, every page rendered, and the output published afresh through the staging
            // folder (files written ahead are then replaced or removed). The pages on disk stay as they are
            // until then: the preview keeps showing the last good site.
            Forget();
            throw Tagged(e, _working);
        }
    }

    /// <summary>The stages, one after another, as in design.md §3.</summary>
    private BuildReport Run(IReadOnlyCollection<string>? changed, Action<IReadOnlyList<string>>? pagesWritten, OutputLock? held, UpToDateCheck? upToDate)
    {
        var paths = _options.Paths;
        var diagnostics = new DiagnosticBag();
        var stages = new StageClock(_options.Progress);
        var timings = stages.Timings;
        T Stage<T>(string name, Func<T> run, int total = 0)
        {
            _working = name switch
            {
                "templates-parse" or "templates" or "bulletin" => paths.ThemeDisplay,
                "write" => paths.Output,
                _ => paths.InputDisplay,
            };
            return stages.Run(name, total, run);
        }

        var loaded = Stage("load", () => Load(changed, diagnostics));
        var variant = loaded is null ? null : BuildVariants.For(_options, loaded.Config, diagnostics);
        if (loaded is null || variant is null)
        {
            return new BuildReport(diagnostics.Sorted(), timings, new Dictionary<string, int>(), 0, null);
        }

        var labels = LabelsLoader.Load(paths, diagnostics, variant.ThemeFolder);
        Stage("validate", () => { SiteValidator.Validate(loaded, diagnostics); return 0; });
        loaded = loaded with { Images = Stage("images", () => Images(loaded, variant, diagnostics)) };
        var states = loaded.Items.Select(i => _documents[i.SourcePath]).ToList();
        var targets = new LinkTargets(Stage("markdown", () => Each(states, s => s.Rendered ??= MarkdownRenderer.Render(s.Item!)), states.Count), loaded.Assets, _now, loaded.Images);
        IReadOnlyList<ProcessedDocument> processed = Stage("html", () => Each(states, s => Process(s, targets)), states.Count);
        if (_oneBuild)
        {
            // Markdig's HTML is only re-processed when a later build changes a link target; there is none.
            states.ForEach(s => s.Rendered = null);
        }

        var global = diagnostics.Sorted();
        CollectDocumentDiagnostics(diagnostics);
        processed = variant.Select(processed);

        var model = Stage("site", () => SiteOf(loaded, processed, labels, variant.KeepsScheduled));
        var (site, globals) = variant.Prepare(model, processed, labels);
        var search = Stage("search", () => SearchFiles(site, processed, labels));
        var store = Stage("templates-parse", () => TemplateStore.Load(paths, diagnostics, variant.ThemeFolder));
        using var staging = Streams(variant, held, diagnostics) ? StagingWriter.Open(held!, diagnostics) : null;
        IFileOutlet outlet = staging ?? (IFileOutlet)KeptInMemory.Instance;
        var pages = Stage("templates", () => Render(site, store, labels, diagnostics, globals, outlet), site.Pages.Count);
        var bulletin = Stage("bulletin", () => Bulletin(site, store, labels, diagnostics, outlet));
        var files = Stage("assemble", () => variant.Finish(
            [.. OutputAssembler.Assemble(site, [], loaded with { Assets = ImageSet.Copied(loaded.Assets) }, paths, variant.ThemeFolder, FeedFiles(site)).Concat(loaded.Images.Files).Concat(pages.Files).Concat(bulletin).Concat(search).OrderBy(f => f.Path, StringComparer.Ordinal)],
            site,
            processed,
            labels));
        if (!diagnostics.HasErrors)
        {
            // Only a clean build becomes the base of the next comparison: after an error, everything the
            // error touched is compared against the last good build again.
            Keep(pages, store);
        }

        var written = Stage("write", () => Write(files, held, staging, diagnostics, pagesWritten));
        _last = _oneBuild || diagnostics.HasErrors || _output is null || variant.FinishesWholeOutput
            ? null
            : new LastBuild(site, labels, store, targets, processed, files.Where(f => !SearchFile(f.Path)).ToDictionary(f => f.Path, StringComparer.Ordinal), [.. global]);

        var kinds = site.Pages.GroupBy(p => p.Layout).ToDictionary(g => g.Key, g => g.Count());
        var report = new BuildReport(diagnostics.Sorted(), timings, kinds, files.Count, written.Result) { ChangedFiles = written.Changed };
        if (upToDate is not null && written.Result is not null)
        {
            Remember(upToDate, report, variant, store, loaded);
        }

        return report;
    }

    /// <summary>
    /// The output step: nothing when the input has errors or the folder overlaps the sources; the first
    /// time a full publish through staging, then only the files whose bytes changed.
    /// </summary>
    private (PublishResult? Result, IReadOnlyList<string>? Changed) Write(IReadOnlyList<OutputFile> files, OutputLock? held, StagingWriter? staging, DiagnosticBag diagnostics, Action<IReadOnlyList<string>>? pagesWritten)
    {
        var paths = _options.Paths;
        if (!_options.WriteOutput)
        {
            return (null, null);
        }

        if (paths.OutputOverlapsSources)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(paths.Output), "输出目录不能与内容目录或主题目录重叠，未写入任何文件。");
        }

        if (diagnostics.HasErrors)
        {
            return (null, null);
        }

        if (_output is null)
        {
            // A streaming build has staged its pages already; otherwise everything is staged now.
            using var writer = staging is null ? StagingWriter.Open(held!, diagnostics) : null;
            var published = (staging ?? writer)?.Commit(files, diagnostics);
            if (published is not null && !_oneBuild)
            {
                _output = IncrementalOutput.After(paths.Output, files);
            }

            return (published, null);
        }

        var applied = _output.Apply(files, diagnostics);
        pagesWritten?.Invoke(applied.Changed);
        return applied;
    }

    /// <summary>
    /// After a publish, the record the next one-off build compares against: valid while "now" stays in
    /// the window its results hold for, or only for this moment when the theme prints the clock itself.
    /// </summary>
    private void Remember(UpToDateCheck upToDate, BuildReport report, IBuildVariant variant, TemplateStore store, LoadedSite loaded)
    {
        if (!variant.Reproducible)
        {
            upToDate.Forget();
            return;
        }

        upToDate.Remember(report, store.ReadsTheClock ? NowWindow.Exactly(_now) : NowWindow.Around(_now, loaded.Config.TimeZone, loaded.Items));
    }

    /// <summary>
    /// Whether pages go to the staging folder as they are rendered: in a one-off build that will publish
    /// (nothing wrong so far, the folder is locked) and whose variant does not rewrite the whole output at
    /// the end (a kiosk's pages are rewritten knowing every file). An error found later discards staging.
    /// </summary>
    private bool Streams(IBuildVariant variant, OutputLock? held, DiagnosticBag diagnostics) =>
        _oneBuild && held is not null && !variant.FinishesWholeOutput
        && !_options.Paths.OutputOverlapsSources && !diagnostics.HasErrors;

    private static bool SearchFile(string path) =>
        path.StartsWith(Search.SearchIndexWriter.Folder, StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal);

    private void Forget()
    {
        _documents.Clear();
        _walk = null;
        ForgetPages();
        _config = null;
        _last = null;
        _search = null;
        _site = null;
        _syndication = null;
        _sitemap = null;
        _modelMemo.Forget();
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
            AtomicReplacer.ReplaceOne(path, System.Text.Encoding.UTF8.GetBytes(new BuildManifest("portal", entries).ToJson()));
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
}
