using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Resolves <c>{{ include "card" }}</c> to <c>partials/card.html</c>. The templates are already parsed
/// and put in each context's cache, so Load is reached only for a partial that does not exist.
/// </summary>
internal sealed class StoreTemplateLoader : ITemplateLoader
{
    public static string PathOf(string name) => "partials/" + (name.EndsWith(".html", StringComparison.Ordinal) ? name : name + ".html");

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => PathOf(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"找不到模板片段 {templatePath}（应在 theme/partials/ 中）。");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
