using System.Collections;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Portal.Templates;

/// <summary>A template context that knows which page it renders, so shared functions can make relative URLs.</summary>
internal sealed class PageContext(ScriptObject builtins) : TemplateContext(builtins)
{
    // Per parameter type: whether Scriban's conversion of a value that already is one can only hand it back.
    private static readonly ConcurrentDictionary<Type, bool> PassesThrough = new();

    // Scriban's own conversion interfaces are internal: only its own types can implement them.
    private static readonly System.Reflection.Assembly Scriban = typeof(TemplateContext).Assembly;
    private static readonly Type? ConvertibleFrom = Scriban.GetType("Scriban.Runtime.IScriptConvertibleFrom");

    /// <summary>The page being rendered; a <see cref="RenderWorker"/> sets it before each page.</summary>
    public string PagePath { get; set; } = "";

    /// <summary>The buffers the page is written into, where includes note their place (<see cref="InPlaceInclude"/>).</summary>
    public PageOutput? Page { get; set; }

    /// <summary>
    /// Scriban converts every argument of every function call here. For a value that is already of the
    /// parameter's type but not exactly it (an <c>object</c> or interface parameter: <c>date_cn</c>,
    /// <c>fmt</c>, the array and string builtins), its conversion walks enum, convertible, primitive and
    /// assignability checks by reflection before handing the value back: 15 % of rendering time under
    /// dotnet-trace. The same value is handed back here at once; every other case (a conversion, a null, one
    /// of Scriban's own values, a type it treats specially) is Scriban's.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        if (value is not null && destinationType.IsInstanceOfType(value) && value.GetType().Assembly != Scriban && PassesThrough.GetOrAdd(destinationType, Plain))
        {
            return value;
        }

        return base.ToObject(span, value, destinationType);
    }

    /// <summary>A type Scriban's conversion has no special case for: what is an instance of it comes back as it is.</summary>
    private static bool Plain(Type type) =>
        Nullable.GetUnderlyingType(type) is null && !type.IsEnum && !type.IsPrimitive && type != typeof(decimal)
        && type != typeof(string) && type != typeof(IList) && ConvertibleFrom?.IsAssignableFrom(type) != true;
}
