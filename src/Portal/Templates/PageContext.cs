using Scriban;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>A template context that knows which page it renders, so shared functions can make relative URLs.</summary>
internal sealed class PageContext(ScriptObject builtins) : TemplateContext(builtins)
{
    /// <summary>The page being rendered; a <see cref="RenderWorker"/> sets it before each page.</summary>
    public string PagePath { get; set; } = "";
}
