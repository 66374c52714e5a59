using System.Collections.Concurrent;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Posters;
using Portal.SiteModel;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Stage 6: render every page with its layout, then wrap it in <c>layouts/base.html</c>.
/// Pages render in parallel; each worker reuses one TemplateContext over the shared parsed templates
/// (see <see cref="RenderWorker"/>).
/// </summary>
public static class TemplateRenderer
{
    /// <param name="extraGlobals">More names for every template (a kiosk build adds <c>kiosk</c>; absent in web builds).</param>
    /// <param name="progress">Told of each page rendered (the caller starts the stage with the number of pages).</param>
    public static IReadOnlyList<RenderedPage> Render(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, IReadOnlyDictionary<string, object?>? extraGlobals = null, IBuildProgress? progress = null) =>
        For(site, store, labels, diagnostics, extraGlobals, progress)?.Render(site.Pages) ?? [];

    /// <summary>
    /// A renderer for the pages of <paramref name="site"/>, to call batch after batch (a build streams each
    /// batch to disk); null when a template could not be parsed. Rendering with a template missing would
    /// only add follow-on errors (every include of it) that hide the one line the editor has to fix.
    /// </summary>
    public static PageRenderer? For(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, IReadOnlyDictionary<string, object?>? extraGlobals = null, IBuildProgress? progress = null)
    {
        if (store.HasErrors)
        {
            return null;
        }

        var globals = new ScriptObject
        {
            ["site"] = site.Config,
            ["nav"] = site.Navigation,
            ["page_links"] = site.PageLinks,
            ["i18n"] = labels.Strings,
            ["build_now"] = site.Now,
        };
        // A document's page carries its poster (partial poster-sheet.html).
        foreach (var (name, value) in PosterStage.PageGlobals(site, labels).Concat(extraGlobals ?? new Dictionary<string, object?>()))
        {
            globals[name] = value;
        }

        var shared = TemplateFunctions.Shared(site.Config);
        return new PageRenderer(store, new RenderWorkers(() => new RenderWorker(store, globals, shared)), diagnostics, progress);
    }

    /// <summary>Renders batches of pages with one set of workers.</summary>
    public sealed class PageRenderer
    {
        private readonly TemplateStore _store;
        private readonly RenderWorkers _workers;
        private readonly DiagnosticBag _diagnostics;
        private readonly IBuildProgress? _progress;
        private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

        internal PageRenderer(TemplateStore store, RenderWorkers workers, DiagnosticBag diagnostics, IBuildProgress? progress)
        {
            _store = store;
            _workers = workers;
            _diagnostics = diagnostics;
            _progress = progress;
        }

        public IReadOnlyList<RenderedPage> Render(IReadOnlyList<SitePage> pages)
        {
            var results = new RenderedPage?[pages.Count];
            Parallel.For(0, pages.Count, _workers.Take, (i, _, worker) =>
            {
                if (RenderOne(pages[i], _store, worker, _diagnostics, _reported) is { } bytes)
                {
                    results[i] = new RenderedPage(pages[i].Path, bytes);
                }

                _progress?.Advanced(1);
                return worker;
            }, _workers.Return);
            return results.OfType<RenderedPage>().OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        }
    }

    private static byte[]? RenderOne(SitePage page, TemplateStore store, RenderWorker worker, DiagnosticBag diagnostics, ConcurrentDictionary<string, bool> reported)
    {
        var layout = store.Layout(page.Layout);
        var baseLayout = store.Layout("base");
        if (layout is null || baseLayout is null)
        {
            var missing = layout is null ? page.Layout : "base";
            if (reported.TryAdd("missing:" + missing, true))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, new SourceSpan($"theme/layouts/{missing}.html"), $"缺少布局模板 layouts/{missing}.html。");
            }

            return null;
        }

        var pageObject = new ScriptObject { ["path"] = page.Path, ["title"] = page.Title, ["description"] = page.Description, ["layout"] = page.Layout, ["model"] = page.Model, ["content"] = worker.Content };
        try
        {
            return worker.Render(page.Path, new ScriptObject { ["page"] = pageObject, ["model"] = page.Model }, (context, output) =>
            {
                // The layout first, into its own buffer, so base.html sees what the layout assigned.
                context.PushOutput(output.Content);
                try
                {
                    InPlace.Render(context, layout);
                }
                finally
                {
                    context.PopOutput();
                }

                InPlace.Render(context, baseLayout);
            });
        }
        catch (ScriptRuntimeException e)
        {
            // One report per template line, not one per page that hit it.
            var at = new SourceSpan(e.Span.FileName ?? "theme", e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            if (reported.TryAdd(at.ToString() + e.OriginalMessage, true))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, at, $"模板运行出错（渲染 {page.Path} 时）：{e.OriginalMessage}");
            }

            return null;
        }
    }
}
