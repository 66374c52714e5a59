using System.Collections.Concurrent;
using Portal.Content;
using Portal.Diagnostics;
using Portal.SiteModel;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Stage 6: render every page with its layout, then wrap it in <c>layouts/base.html</c>.
/// Pages render in parallel; each gets its own TemplateContext over the shared parsed templates.
/// </summary>
public static class TemplateRenderer
{
    // Scriban's builtin functions (string.*, array.*, html.*, include …) are hundreds of imported
    // delegates; building them for every page's context was a large part of rendering time.
    // They are only read while rendering, so one instance serves every thread.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <param name="extraGlobals">More names for every template (a kiosk build adds <c>kiosk</c>; absent in web builds).</param>
    public static IReadOnlyList<RenderedPage> Render(Site site, TemplateStore store, Labels labels, DiagnosticBag diagnostics, IReadOnlyDictionary<string, object?>? extraGlobals = null)
    {
        if (store.HasErrors)
        {
            // Rendering with a template missing would only add follow-on errors (every include of it)
            // that hide the one line the editor has to fix.
            return [];
        }

        var globals = new ScriptObject
        {
            ["site"] = site.Config,
            ["nav"] = site.Navigation,
            ["page_links"] = site.PageLinks,
            ["i18n"] = labels.Strings,
            ["build_now"] = site.Now,
        };
        foreach (var (name, value) in extraGlobals ?? new Dictionary<string, object?>())
        {
            globals[name] = value;
        }

        var shared = TemplateFunctions.Shared(site.Config);
        var results = new ConcurrentBag<RenderedPage>();
        var reported = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.ForEach(site.Pages, page =>
        {
            if (RenderOne(page, store, globals, shared, diagnostics, reported) is { } html)
            {
                results.Add(new RenderedPage(page.Path, html));
            }
        });
        return results.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
    }

    private static string? RenderOne(SitePage page, TemplateStore store, ScriptObject globals, ScriptObject shared, DiagnosticBag diagnostics, ConcurrentDictionary<string, bool> reported)
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

        var context = NewContext(store, page.Path);
        var pageObject = new ScriptObject { ["path"] = page.Path, ["title"] = page.Title, ["description"] = page.Description, ["layout"] = page.Layout, ["model"] = page.Model };
        context.PushGlobal(globals);
        context.PushGlobal(shared);
        context.PushGlobal(new ScriptObject { ["page"] = pageObject, ["model"] = page.Model });
        try
        {
            var content = layout.Render(context);
            pageObject["content"] = content;
            return baseLayout.Render(context);
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

    private static PageContext NewContext(TemplateStore store, string pagePath)
    {
        var context = new PageContext(Builtins, pagePath)
        {
            TemplateLoader = new StoreTemplateLoader(),
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = 100_000,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (path, template) in store.Templates)
        {
            context.CachedTemplates[path] = template;
        }

        return context;
    }
}
