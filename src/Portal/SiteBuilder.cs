using Portal.Diagnostics;
using Portal.Html;
using Portal.KioskBuild;
using Portal.Load;
using Portal.Markdown;
using Portal.Output;
using Portal.Posters;
using Portal.Search;
using Portal.SiteModel;
using Portal.Templates;
using Portal.Validate;

namespace Portal;

/// <summary>
/// The whole pipeline, one stage after another, as in design.md §3:
/// load → validate → markdown → html → site model → templates → posters → output.
/// Every stage adds to the same diagnostics; nothing is written unless the whole build is clean.
/// </summary>
public static class SiteBuilder
{
    public static BuildReport Build(BuildOptions options)
    {
        if (!options.WriteOutput)
        {
            return Build(options, null);
        }

        // The output folder is locked for the whole build: a second build into it waits for this one.
        var refused = new DiagnosticBag();
        using var held = OutputPublisher.Claim(options.Paths, refused);
        return held is null ? new BuildReport(refused.Sorted(), [], new Dictionary<string, int>(), 0, null) : Build(options, held);
    }

    private static BuildReport Build(BuildOptions options, OutputLock? held)
    {
        var paths = options.Paths;
        var diagnostics = new DiagnosticBag();
        var progress = options.Progress;
        var stages = new StageClock(progress);
        var timings = stages.Timings;
        // An exception outside any one document still names the folder being read or written (exit 3, one line).
        T Counted<T>(string name, int total, Func<T> run) => stages.Run(name, total, () => BuildException.For(name == "write" ? paths.Output : paths.InputDisplay, run));
        T Stage<T>(string name, Func<T> run) => Counted(name, 0, run);

        var now = options.Now ?? DateTimeOffset.Now;
        var loaded = Stage("load", () => ContentLoader.Load(paths, diagnostics));
        if (loaded is null)
        {
            return new BuildReport(diagnostics.Sorted(), timings, new Dictionary<string, int>(), 0, null);
        }

        if (options.BaseUrl is { } baseUrl)
        {
            loaded = loaded with { Config = loaded.Config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        var kiosk = options.Kiosk is { } kioskId ? KioskBuilder.Profile(loaded.Config, kioskId, diagnostics) : null;
        var variant = kiosk is null ? null : KioskBuilder.ThemeVariant;
        var labels = LabelsLoader.Load(paths, diagnostics, variant);
        Stage("validate", () => { SiteValidator.Validate(loaded, diagnostics); EditorialChecks.Run(loaded, now, options.Typography, diagnostics); return 0; });
        var rendered = Counted("markdown", loaded.Items.Count, () => Parallel(progress, loaded.Items, i => i.DisplayPath, MarkdownRenderer.Render));
        var targets = new LinkTargets(rendered, loaded.Assets, now);
        var processed = Counted("html", rendered.Count, () => Parallel(progress, rendered, r => r.Item.DisplayPath, r => HtmlPostProcessor.Process(r, targets, now, diagnostics)));
        if (kiosk is not null)
        {
            processed = KioskTargeting.Select(processed, kiosk);
        }

        var site = Stage("site", () => SiteModelBuilder.Build(loaded, processed, labels, now, keepScheduled: kiosk is not null));
        IReadOnlyDictionary<string, object?>? globals = null;
        if (kiosk is not null)
        {
            (site, globals) = KioskBuilder.Prepare(site, processed, kiosk, labels);
        }

        var search = Stage("search", () => BuildSearchIndex(site, processed, labels));
        var store = Stage("templates-parse", () => TemplateStore.Load(paths, diagnostics, variant));
        var pages = Counted("templates", site.Pages.Count, () => TemplateRenderer.Render(site, store, labels, diagnostics, globals, progress));
        var posterCount = site.Pages.Count(p => p.Model is DocumentView view && PosterStage.HasPoster(view));
        var posters = Counted("posters", posterCount, () => PosterStage.Render(site, store, labels, paths, options.Bulletin, diagnostics, progress: progress));
        var files = Stage("assemble", () => (IReadOnlyList<OutputFile>)[.. OutputAssembler.Assemble(site, [.. pages, .. posters], loaded, paths, variant).Concat(search).OrderBy(f => f.Path, StringComparer.Ordinal)]);
        if (kiosk is not null)
        {
            files = Stage("kiosk", () => KioskBuilder.Finish(files, site, processed, kiosk, labels, DateTimeOffset.Now));
        }

        PublishResult? published = null;
        if (options.WriteOutput && paths.OutputOverlapsSources)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, new SourceSpan(paths.Output), "输出目录不能与内容目录或主题目录重叠，未写入任何文件。");
        }

        if (options.WriteOutput && !diagnostics.HasErrors)
        {
            published = Stage("write", () => OutputPublisher.Publish(held!, files, diagnostics));
        }

        var kinds = site.Pages.GroupBy(p => p.Layout).ToDictionary(g => g.Key, g => g.Count());
        return new BuildReport(diagnostics.Sorted(), timings, kinds, files.Count, published);
    }

    /// <summary>Stage 5b: the full-text index of every published page, as script files under search/.</summary>
    internal static IReadOnlyList<OutputFile> BuildSearchIndex(SiteModel.Site site, IReadOnlyList<ProcessedDocument> processed, Content.Labels labels)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(site.Now, site.Config.TimeZone).DateTime);
        var index = SearchIndexBuilder.Build(SearchDocuments.From(site, processed, labels), today);
        return SearchIndexWriter.Write(index, s => labels[Content.SectionNames.LabelKey(s)], today, labels["tags"]);
    }

    /// <summary>Maps documents in parallel, keeping input order and reporting each one done; an exception names the document.</summary>
    private static IReadOnlyList<TOut> Parallel<TIn, TOut>(IBuildProgress progress, IReadOnlyList<TIn> items, Func<TIn, string> file, Func<TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        BuildException.Unwrapped(() => System.Threading.Tasks.Parallel.For(0, items.Count, i =>
        {
            results[i] = BuildException.For(file(items[i]), () => map(items[i]));
            progress.Advanced(1);
        }));
        return results;
    }
}
