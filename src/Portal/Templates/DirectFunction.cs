using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>
/// A template function made from a delegate, as <c>ScriptObject.Import(name, delegate)</c> makes it, but
/// called directly: Scriban's own wrapper goes through <c>Delegate.DynamicInvoke</c>, which was a tenth of
/// rendering time with a <c>relurl</c> or <c>date_cn</c> on every line of every page. Scriban still prepares
/// the arguments (conversion, null checks, error messages), so templates see no difference.
/// </summary>
internal static class DirectFunction
{
    public static IScriptCustomFunction Of<T1, TResult>(Func<T1, TResult> function) => new Function<T1, TResult>(function);

    public static IScriptCustomFunction Of<T1, T2, TResult>(Func<T1, T2, TResult> function) => new Function<T1, T2, TResult>(function);

    private sealed class Function<T1, TResult>(Func<T1, TResult> function) : DelegateCustomFunction(function)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            function((T1)arguments[0]!);
    }

    private sealed class Function<T1, T2, TResult>(Func<T1, T2, TResult> function) : DelegateCustomFunction(function)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            function((T1)arguments[0]!, (T2)arguments[1]!);
    }
}
