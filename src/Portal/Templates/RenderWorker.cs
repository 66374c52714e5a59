using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>
/// Renders pages one after another on one thread with one <see cref="PageContext"/>. Making a context per
/// page was most of Scriban's cost: each new context copies the template cache and, worse, rediscovers by
/// reflection the members of every model type it meets (its accessor cache lives in the context). Here the
/// site-wide globals and functions are pushed once, and each page pushes only its own small global (page,
/// model, and every variable its templates assign), popped when the page is done, so nothing of one page
/// is visible to the next.
/// </summary>
internal sealed class RenderWorker(TemplateStore store, params ScriptObject[] globals)
{
    // Scriban's builtin functions (string.*, array.*, html.*, include …) are hundreds of imported
    // delegates; they are only read while rendering, so one instance serves every thread.
    private static readonly ScriptObject Builtins = Scriban.TemplateContext.GetDefaultBuiltinObject();

    private PageContext? _context;

    /// <summary>Runs <paramref name="render"/> for one page with <paramref name="page"/> as its own global.</summary>
    public string Render(string pagePath, ScriptObject page, Func<PageContext, string> render)
    {
        var context = _context ??= NewContext();
        context.PagePath = pagePath;
        context.PushGlobal(page);
        var done = false;
        try
        {
            var html = render(context);
            done = true;
            return html;
        }
        finally
        {
            if (done)
            {
                context.PopGlobal();
            }
            else
            {
                // A render that threw can leave scopes and outputs pushed: the next page gets a fresh context.
                _context = null;
            }
        }
    }

    private PageContext NewContext()
    {
        var context = new PageContext(Builtins)
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

        foreach (var global in globals)
        {
            context.PushGlobal(global);
        }

        return context;
    }
}
