using System.Text.RegularExpressions;

namespace Portal.Incremental;

/// <summary>
/// Which template files each layout uses: itself, <c>layouts/base.html</c> (every page is wrapped in it) and
/// every partial either of them includes, transitively. A template edit then re-renders only the pages
/// whose layout depends on the edited file.
/// </summary>
public static partial class TemplateDependencies
{
    /// <summary>Layout name → template keys ("layouts/notice.html", "partials/card.html") it depends on.</summary>
    /// <param name="standalone">Layouts rendered on their own, not wrapped in base.html (the posters).</param>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(IReadOnlyDictionary<string, string> sources, IReadOnlyCollection<string>? standalone = null)
    {
        var includes = sources.ToDictionary(
            s => s.Key,
            s => Include().Matches(s.Value).Select(m => "partials/" + m.Groups[1].Value + ".html").ToList(),
            StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in sources.Keys.Where(k => k.StartsWith("layouts/", StringComparison.Ordinal)))
        {
            var name = key["layouts/".Length..^".html".Length];
            var used = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(standalone?.Contains(name) == true ? [key] : [key, "layouts/base.html"]);
            while (pending.TryPop(out var template))
            {
                if (used.Add(template) && includes.TryGetValue(template, out var children))
                {
                    children.ForEach(pending.Push);
                }
            }

            result[name] = used;
        }

        return result;
    }

    [GeneratedRegex("""include\s+["']([\w\-/]+)["']""")]
    private static partial Regex Include();
}
