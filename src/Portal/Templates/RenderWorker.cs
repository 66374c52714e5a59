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
internal sealed class RenderWorker(TemplateStore store, bool recordIncludes, params ScriptObject[] globals)
{
    // Scriban's builtin functions (string.*, array.*, html.*, include …) are hundreds of imported
    // delegates; they are only read while rendering, so one instance serves every thread.
    private static readonly ScriptObject Builtins = Scriban.TemplateContext.GetDefaultBuiltinObject();

    // include "name" written in place (InPlaceInclude), shadowing Scriban's builtin for every template.
    private static readonly ScriptObject Include = new() { ["include"] = InPlaceInclude.Instance };

    private readonly PageOutput _output = new() { RecordsIncludes = recordIncludes };
    private PageContext? _context;

    /// <summary><c>page.content</c> for pages this worker renders (see <see cref="LayoutContent"/>).</summary>
    public LayoutContent Content => field ??= new LayoutContent(_output);

    /// <summary>Where the includes of the page rendered last went (null unless this worker records them).</summary>
    public PageIncludes? Includes => _output.Includes;

    /// <summary>
    /// Runs <paramref name="render"/> for one page with <paramref name="page"/> as its own global, into this
    /// worker's buffers, and returns the page as UTF-8 (whitespace between tags collapsed).
    /// </summary>
    public byte[] Render(string pagePath, ScriptObject page, Action<PageContext, PageOutput> render)
    {
        var context = _context ??= NewContext();
        _output.Reset();
        context.PagePath = pagePath;
        context.PushGlobal(page);
        context.PushOutput(_output.Root);
        var done = false;
        try
        {
            render(context, _output);
            var bytes = _output.ToUtf8();
            done = true;
            return bytes;
        }
        finally
        {
            if (done)
            {
                context.PopOutput();
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
            // Scriban's auto-indent repeats the indentation of an indented {{ include }} on every line the
            // include writes, the lines of a <pre> code block in the body included: they showed shifted.
            // Between tags the indentation is collapsed anyway (InterTagWhitespace).
            AutoIndent = false,
            // No output limit of Scriban's: it would count every page since the context was made (see PageOutput.MaxChars).
            OutputLimit = 0,
        };
        _output.Context = context;
        context.Page = _output;
        foreach (var (path, template) in store.Templates)
        {
            context.CachedTemplates[path] = template;
        }

        context.PushGlobal(Include);
        foreach (var global in globals)
        {
            context.PushGlobal(global);
        }

        return context;
    }
}
