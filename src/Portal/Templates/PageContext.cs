using Scriban;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>A template context that knows which page it renders, so shared functions can make relative URLs.</summary>
internal sealed class PageContext(ScriptObject builtins, string pagePath) : TemplateContext(builtins)
{
    public string PagePath { get; } = pagePath;
}
