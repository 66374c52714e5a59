using Scriban;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// Renders a template straight into the output the context is writing, where Scriban's own
/// <c>Template.Render</c> and <c>include</c> push a new StringBuilder, render into it, turn it into a
/// string and write that string into the caller's builder: for the document body, inside its partial,
/// inside the layout, inside base.html, that was the same 10–40 KB copied and allocated again at every
/// level, and a good part of the templates stage went to those copies and the garbage they made.
/// </summary>
internal static class InPlace
{
    /// <summary>Evaluates <paramref name="template"/> into the current output, as <c>Template.Render</c> would into a fresh one.</summary>
    public static void Render(TemplateContext context, Template template)
    {
        if (template.SourceFilePath is { } file)
        {
            context.PushSourceFile(file);
        }

        try
        {
            if (template.Page is { } page && context.Evaluate(page) is { } result && context.EnableOutput)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    /// <summary>
    /// True when <paramref name="caller"/> is a statement of its own (<c>{{ include "x" }}</c>,
    /// <c>{{ page.content }}</c>), whose value Scriban would only write to the output: then writing it in
    /// place gives the same page. Anything else (assigned, piped, compared) needs the value itself.
    /// </summary>
    public static bool IsStatement(ScriptNode? caller) => caller?.Parent is ScriptExpressionStatement;
}
