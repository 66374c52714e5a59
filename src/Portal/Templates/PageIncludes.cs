namespace Portal.Templates;

/// <summary>
/// Where one include's markup lies in a page's bytes: from <see cref="Start"/> up to <see cref="End"/>, its
/// first <c>&lt;</c> to its last <c>&gt;</c>. The whitespace the partial writes around it stays outside,
/// as <see cref="Lead"/> and <see cref="Trail"/>: it joins the page's runs of whitespace, so a new output
/// is swapped in only with the same whitespace around it.
/// </summary>
/// <param name="Template">The partial's key in the store (<c>partials/footer.html</c>).</param>
public readonly record struct IncludeSpan(string Template, int Start, int End, string Lead, string Trail)
{
    /// <summary>The whitespace around an include, shared when it is the usual (none, or one newline).</summary>
    public static string Around(ReadOnlySpan<char> whitespace) => whitespace switch
    {
        "" => "",
        "\n" => "\n",
        _ => whitespace.ToString(),
    };
}

/// <summary>
/// What a rendered page knows about its partials, so a partial edit can swap their output in the page's
/// bytes instead of rendering the page again (<see cref="PartialSplice"/>): each in-place include whose
/// output is a piece of markup of its own (from a <c>&lt;</c> to a <c>&gt;</c>, not inside a raw element),
/// and the partials the page uses some other way (captured, piped, given arguments, inside a collapsed
/// run), for which only a full render is right.
/// </summary>
public sealed record PageIncludes(IReadOnlyList<IncludeSpan> Spans, IReadOnlySet<string> Unspliceable)
{
    public static readonly PageIncludes None = new([], new HashSet<string>(StringComparer.Ordinal));
}
