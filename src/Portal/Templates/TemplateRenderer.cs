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
    /// <param name="recordIncludes">Note where each page's includes went (<see cref="RenderedPage.Includes"/>), for serve's partial edits.</param>
    public static IReadOnlyList<RenderedPage> Render(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, IReadOnlyDictionary<string, object?>? extraGlobals = null, IBuildProgress? progress = null, bool recordIncludes = false) =>
        For(site, store, labels, diagnostics, extraGlobals, progress, recordIncludes)?.Render(site.Pages) ?? [];

    /// <summary>
    /// A renderer for the pages of <paramref name="site"/>, to call batch after batch (a build streams each
    /// batch to disk); null when a template could not be parsed. Rendering with a template missing would
    /// only add follow-on errors (every include of it) that hide the one line the editor has to fix.
    /// </summary>
    public static PageRenderer? For(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, IReadOnlyDictionary<string, object?>? extraGlobals = null, IBuildProgress? progress = null, bool recordIncludes = false)
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
        return new PageRenderer(store, new RenderWorkers(() => new RenderWorker(store, recordIncludes, globals, shared)), diagnostics, progress);
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
                    results[i] = new RenderedPage(pages[i].Path, bytes) { Includes = worker.Includes };
                }

                _progress?.Advanced(1);
                return worker;
            }, _workers.Return);
            return results.OfType<RenderedPage>().OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        }

        /// <summary>
        /// The pages after an edit of <paramref name="partials"/> only, each from its last bytes with the
        /// partials' new output swapped in (<see cref="PartialSplice"/>), in the order given; null for a page
        /// that must be rendered instead (a partial used there in a way that cannot be swapped, or one whose
        /// new output is not a piece of markup of its own, or one that fails: its render reports why).
        /// </summary>
        public IReadOnlyList<RenderedPage?> Splice(IReadOnlyList<(SitePage Page, byte[] Bytes, PageIncludes Includes)> pages, IReadOnlyCollection<string> partials)
        {
            // An include of each partial, alone, rendered in each page's place: the same path as in the page.
            var alone = partials.ToDictionary(p => p, p => Scriban.Template.Parse($"{{{{ include \"{p["partials/".Length..]}\" }}}}"), StringComparer.Ordinal);
            var results = new RenderedPage?[pages.Count];
            Parallel.For(0, pages.Count, _workers.Take, (i, _, worker) =>
            {
                var (page, bytes, includes) = pages[i];
                results[i] = SpliceOne(page, bytes, includes, alone, worker);
                _progress?.Advanced(1);
                return worker;
            }, _workers.Return);
            return results;
        }
    }

    private static RenderedPage? SpliceOne(SitePage page, byte[] bytes, PageIncludes includes, Dictionary<string, Scriban.Template> alone, RenderWorker worker)
    {
        if (alone.Keys.Any(includes.Unspliceable.Contains))
        {
            return null;
        }

        var fresh = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (partial, template) in alone)
        {
            var places = includes.Spans.Where(s => s.Template == partial).ToList();
            if (places.Count == 0)
            {
                continue; // not on this page (an include in a branch it does not take)
            }

            try
            {
                var output = worker.Render(page.Path, PageGlobal(page, worker), (context, _) => InPlace.Render(context, template));
                // Alone, the partial must be one piece of markup with the same whitespace around it as in each of its places.
                if (worker.Includes is not { Spans: [var only] } noted || noted.Unspliceable.Count > 0
                    || places.Any(p => p.Lead != only.Lead || p.Trail != only.Trail))
                {
                    return null;
                }

                fresh[partial] = output[only.Start..only.End];
            }
            catch (ScriptRuntimeException)
            {
                return null;
            }
        }

        return PartialSplice.Apply(bytes, includes, fresh) is var (spliced, moved) ? new RenderedPage(page.Path, spliced) { Includes = moved } : null;
    }

    /// <summary>The page's own global: <c>page</c> (with <c>page.content</c>, the layout's output) and <c>model</c>.</summary>
    private static ScriptObject PageGlobal(SitePage page, RenderWorker worker) => new()
    {
        ["page"] = new ScriptObject { ["path"] = page.Path, ["title"] = page.Title, ["description"] = page.Description, ["layout"] = page.Layout, ["model"] = page.Model, ["content"] = worker.Content },
        ["model"] = page.Model,
    };

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

        try
        {
            return worker.Render(page.Path, PageGlobal(page, worker), (context, output) =>
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
