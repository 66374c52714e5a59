using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// <c>include "name"</c> rendered into the current output (<see cref="InPlace"/>). Everything else an
/// include does is kept: a local scope of its own with <c>$</c> as its arguments, the recursion guard, the
/// template looked up and cached by the loader. An include with more arguments, or whose value is used
/// rather than written, goes to Scriban's own include function unchanged.
/// </summary>
internal sealed class InPlaceInclude : IScriptCustomFunction
{
    public static readonly InPlaceInclude Instance = new();

    private static readonly IncludeFunction Builtin = new();

    public int RequiredParameterCount => Builtin.RequiredParameterCount;

    public int ParameterCount => Builtin.ParameterCount;

    public ScriptVarParamKind VarParamKind => Builtin.VarParamKind;

    public Type ReturnType => Builtin.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => Builtin.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var page = (context as PageContext)?.Page;
        if (arguments.Count != 1 || callerContext is not ScriptFunctionCall { Arguments.Count: 1 } || !InPlace.IsStatement(callerContext) || context.CurrentIndent is not null)
        {
            // Its output is a value here (or shaped by arguments): where it went in the page is not known.
            if (page is not null && arguments.Count > 0 && context.ObjectToString(arguments[0]) is { } name)
            {
                page.Unspliceable(StoreTemplateLoader.PathOf(name));
            }

            return Builtin.Invoke(context, callerContext, arguments, blockStatement);
        }

        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), callerContext);
        if (path is null)
        {
            return null;
        }

        var template = context.GetOrCreateTemplate(path, callerContext);
        var output = context.Output;
        var start = page?.PositionIn(output);
        context.EnterRecursive(callerContext);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            InPlace.Render(context, template);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }

        page?.Included(path, output, start);

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
