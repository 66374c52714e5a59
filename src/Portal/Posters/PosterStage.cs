using System.Collections.Concurrent;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Load;
using Portal.SiteModel;
using Portal.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Posters;

/// <summary>
/// The poster stage, after templates: one poster page for every current notice, technique and policy
/// (<c>posters/&lt;section&gt;/&lt;slug&gt;/a4.html</c>), printed at A4 or, with <c>#a3</c> in its URL, at A3
/// (poster.js switches the page's size; the layout scales, so the body is cut the same), plus a tiny
/// <c>a3.html</c> that sends there; and the weekly bulletin for the build's "now" (<c>posters/bulletin/a4.html</c>
/// and <c>a3.html</c>, whole pages: <c>portal bulletin</c> hands one out as a file). Each page links the site's
/// one <c>assets/poster.css</c> and carries its QR code as inline SVG; <c>portal poster</c> turns it into a PDF.
/// </summary>
public static class PosterStage
{
    public const string CssPath = "assets/poster.css";

    /// <param name="posterFor">Which documents get their posters rendered (default all): an incremental
    /// build passes the documents whose page changed and keeps the other posters.</param>
    /// <param name="withBulletin">False when the caller knows the bulletin did not change.</param>
    /// <param name="progress">Told of each document whose posters are done.</param>
    public static IReadOnlyList<RenderedPage> Render(Site site, TemplateStore store, Labels labels, BuildPaths paths, BulletinSettings settings, DiagnosticBag diagnostics, Func<DocumentView, bool>? posterFor = null, bool withBulletin = true, IBuildProgress? progress = null) =>
        For(site, store, labels, paths, settings, diagnostics, progress)?.Render(posterFor, withBulletin) ?? [];

    /// <summary>
    /// A renderer for the posters of <paramref name="site"/>, to call batch after batch with one set of
    /// workers; null (each problem reported once) when the templates or poster.css are missing.
    /// </summary>
    public static PosterRenderer? For(Site site, TemplateStore store, Labels labels, BuildPaths paths, BulletinSettings settings, DiagnosticBag diagnostics, IBuildProgress? progress = null)
    {
        if (store.HasErrors)
        {
            return null;
        }

        var css = CssExists(paths, diagnostics);
        var missing = Layouts.Where(l => store.Layout(l) is null).ToList();
        foreach (var layout in missing)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceSpan($"theme/layouts/{layout}.html"), $"缺少海报布局模板 layouts/{layout}.html。");
        }

        if (!css || missing.Count > 0)
        {
            return null;
        }

        var globals = new ScriptObject
        {
            ["site"] = site.Config,
            ["i18n"] = labels.Strings,
            ["build_now"] = site.Now,
            ["papers"] = PaperSize.All,
        };
        var shared = TemplateFunctions.Shared(site.Config);
        return new PosterRenderer(site, store, labels, settings, diagnostics, progress, new RenderWorkers(() => new RenderWorker(store, globals, shared)));
    }

    /// <summary>Renders posters of batches of documents, and the bulletin, with one set of workers.</summary>
    public sealed class PosterRenderer
    {
        private readonly Site _site;
        private readonly TemplateStore _store;
        private readonly Labels _labels;
        private readonly BulletinSettings _settings;
        private readonly DiagnosticBag _diagnostics;
        private readonly IBuildProgress? _progress;
        private readonly RenderWorkers _workers;
        private readonly List<DocumentView> _documents;
        private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

        internal PosterRenderer(Site site, TemplateStore store, Labels labels, BulletinSettings settings, DiagnosticBag diagnostics, IBuildProgress? progress, RenderWorkers workers)
        {
            _site = site;
            _store = store;
            _labels = labels;
            _settings = settings;
            _diagnostics = diagnostics;
            _progress = progress;
            _workers = workers;
            _documents = site.Pages.Select(p => p.Model).OfType<DocumentView>().ToList();
        }

        public IReadOnlyList<RenderedPage> Render(Func<DocumentView, bool>? posterFor, bool withBulletin)
        {
            var results = new ConcurrentBag<RenderedPage>();
            void Add(RenderWorker worker, string layout, string path, string title, object model, PaperSize paper)
            {
                if (RenderOne(worker, _store, layout, path, title, model, paper, _diagnostics, _reported) is { } html)
                {
                    results.Add(new RenderedPage(path, html));
                }
            }

            void RenderPoster(RenderWorker worker, Poster poster)
            {
                Add(worker, "poster", poster.Folder + PosterPaths.SheetFile, poster.Title, poster, PaperSize.A4);
                foreach (var paper in PaperSize.All.Where(p => !p.IsDefault))
                {
                    Add(worker, "poster-alias", poster.Folder + paper.FileName, poster.Title, new PosterAlias(PosterPaths.SheetFile + paper.Fragment), paper);
                }
            }

            var posters = _documents.Where(d => HasPoster(d) && (posterFor is null || posterFor(d))).ToList();
            Parallel.For(0, posters.Count, _workers.Take, (i, _, worker) =>
            {
                var view = posters[i];
                var poster = BuildException.For(view.Item.DisplayPath, () => PosterBuilder.Build(view, _site.Config, _labels));
                RenderPoster(worker, poster);
                _progress?.Advanced(1);
                return worker;
            }, _workers.Return);
            if (withBulletin)
            {
                var bulletin = BulletinBuilder.Build(_documents, _site.Config, _labels, _site.Now, _settings);
                var worker = _workers.Take();
                foreach (var paper in PaperSize.All)
                {
                    Add(worker, "bulletin", PosterPaths.BulletinFolder + paper.FileName, _labels["bulletin_title"], bulletin, paper);
                }

                _workers.Return(worker);
            }

            return results.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        }
    }

    public static bool HasPoster(DocumentView view) =>
        view.Summary.State == "current" && PosterPaths.HasPoster(view.Item, PublicationState.Current);

    /// <summary>The layouts this stage renders with: each must exist.</summary>
    public static IReadOnlyList<string> Layouts { get; } = ["poster", "poster-alias", "bulletin"];

    /// <summary>theme/assets/poster.css, or input/_theme/assets/poster.css when the site overrides it.</summary>
    public static string CssFile(BuildPaths paths)
    {
        var overridden = Path.Combine(paths.Input, "_theme", CssPath);
        return File.Exists(overridden) ? overridden : Path.Combine(paths.Theme, CssPath);
    }

    /// <summary>The layouts link assets/poster.css, which the asset stage copies; a theme without it cannot print.</summary>
    private static bool CssExists(BuildPaths paths, DiagnosticBag diagnostics)
    {
        if (File.Exists(CssFile(paths)))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.TemplateError, new SourceSpan(paths.ThemeDisplay + "/" + CssPath), "缺少海报样式文件 assets/poster.css。");
        return false;
    }

    private static string? RenderOne(RenderWorker worker, TemplateStore store, string layoutName, string path, string title, object model, PaperSize paper, DiagnosticBag diagnostics, ConcurrentDictionary<string, bool> reported)
    {
        var page = new ScriptObject
        {
            ["page"] = new ScriptObject { ["path"] = path, ["title"] = title, ["layout"] = layoutName },
            ["model"] = model,
            ["paper"] = paper,
        };
        try
        {
            var layout = store.Layout(layoutName)!;
            return worker.Render(path, page, layout.Render);
        }
        catch (ScriptRuntimeException e)
        {
            var at = new SourceSpan(e.Span.FileName ?? "theme", e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            if (reported.TryAdd(at.ToString() + e.OriginalMessage, true))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, at, $"模板运行出错（渲染 {path} 时）：{e.OriginalMessage}");
            }

            return null;
        }
    }
}
