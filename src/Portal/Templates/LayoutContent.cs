using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// <c>page.content</c> in base.html: the layout's output, rendered before base.html as always (so base.html
/// still sees what the layout assigned). Written as a statement of its own into base.html's output, it
/// only marks the place (<see cref="PageOutput.MarkContent"/>); used any other way it is the string.
/// </summary>
internal sealed class LayoutContent(PageOutput output) : IScriptCustomFunction
{
    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (InPlace.IsStatement(callerContext) && ReferenceEquals(context.Output, output.Root))
        {
            output.MarkContent();
            return null;
        }

        output.ContentCopied = true;
        return output.Content.Builder.ToString();
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
