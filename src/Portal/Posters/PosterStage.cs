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
/// Posters. A current notice, technique or policy is its own poster: its page carries the poster's frame
/// (partial poster-sheet.html, model from <see cref="PosterBuilder"/>) and shows it at
/// <c>#poster-a4</c> or <c>#poster-a3</c>, where poster.js fills it with the page's text and the QR code.
/// So the page stage makes posters at no cost of their own: 10,000 documents used to mean 10,000 more
/// pages to render and write. What this stage renders is the weekly bulletin for the build's "now"
/// (<c>posters/bulletin/a4.html</c> and <c>a3.html</c>, whole pages: <c>portal bulletin</c> hands one out as
/// a file). Both link the site's one <c>assets/poster.css</c>; <c>portal poster</c> turns either into a PDF.
/// </summary>
public static class PosterStage
{
    public const string CssPath = "assets/poster.css";

    /// <summary>The bulletin's pages, one per paper size; none (each problem reported once) when the templates or poster.css are missing.</summary>
    public static IReadOnlyList<RenderedPage> Render(Site site, TemplateStore store, Labels labels, BuildPaths paths, BulletinSettings settings, DiagnosticBag diagnostics)
    {
        if (store.HasErrors)
        {
            return [];
        }

        var css = CssExists(paths, diagnostics);
        var missing = Layouts.Where(l => store.Layout(l) is null).ToList();
        foreach (var layout in missing)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceSpan($"theme/layouts/{layout}.html"), $"缺少海报布局模板 layouts/{layout}.html。");
        }

        if (!css || missing.Count > 0)
        {
            return [];
        }

        var globals = new ScriptObject
        {
            ["site"] = site.Config,
            ["i18n"] = labels.Strings,
            ["build_now"] = site.Now,
            ["papers"] = PaperSize.All,
        };
        var worker = new RenderWorker(store, recordIncludes: false, globals, TemplateFunctions.Shared(site.Config));
        var documents = site.Pages.Select(p => p.Model).OfType<DocumentView>().ToList();
        var bulletin = BulletinBuilder.Build(documents, site.Config, labels, site.Now, settings);
        var reported = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var pages = new List<RenderedPage>();
        foreach (var paper in PaperSize.All)
        {
            var path = PosterPaths.BulletinFolder + paper.FileName;
            if (RenderOne(worker, store, "bulletin", path, labels["bulletin_title"], bulletin, paper, diagnostics, reported) is { } bytes)
            {
                pages.Add(new RenderedPage(path, bytes));
            }
        }

        return pages;
    }

    /// <summary>
    /// What page templates use to carry a poster: <c>has_poster model</c> (the one rule, for links),
    /// <c>poster_of model</c> (the frame, or null) and <c>papers</c> (the sizes it prints at).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> PageGlobals(Site site, Labels labels) => new Dictionary<string, object?>
    {
        ["has_poster"] = DirectFunction.Of<object?, bool>(model => model is DocumentView view && HasPoster(view)),
        ["poster_of"] = DirectFunction.Of<object?, Poster?>(model => model is DocumentView view && HasPoster(view) ? PosterBuilder.Build(view, site.Config, labels) : null),
        ["papers"] = PaperSize.All,
    };

    /// <summary>
    /// The one rule for who has a poster (page links, the page's sheet, the bulletin, <c>portal poster</c>
    /// through the built page): only current notices, techniques and policies; an expired notice is not printed.
    /// </summary>
    public static bool HasPoster(DocumentView view) =>
        view.Summary.State == "current" && view.Item.Section is Section.Notices or Section.Techniques or Section.Policies;

    /// <summary>The layouts this stage renders with: each must exist.</summary>
    public static IReadOnlyList<string> Layouts { get; } = ["bulletin"];

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

    private static byte[]? RenderOne(RenderWorker worker, TemplateStore store, string layoutName, string path, string title, object model, PaperSize paper, DiagnosticBag diagnostics, ConcurrentDictionary<string, bool> reported)
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
            return worker.Render(path, page, (context, _) => Templates.InPlace.Render(context, layout));
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
