using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Portal.Search;

namespace Portal.Benchmarks;

/// <summary>
/// The ground truth for recall: every document page of a built site (a page with the theme's
/// <c>article.doc</c>: notices, techniques, policies, plain pages; not lists, tags or archives) and its text.
/// The text is the article's: title, dates and issuer, body, tags, expert box; without the breadcrumbs
/// and the site header, navigation and footer, which repeat on every page. Folded with the same NFKC +
/// lower-case rule as the queries, white space collapsed. Withdrawn notices (<c>article.is-withdrawn</c>)
/// are left out: they keep a page that says so, but the engine deliberately does not index them.
/// </summary>
internal static partial class DocumentPages
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static IReadOnlyDictionary<string, string> Read(string siteDir)
    {
        var parser = new HtmlParser();
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(siteDir, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(siteDir, file).Replace('\\', '/');
            if (relative.StartsWith("search/", StringComparison.Ordinal))
            {
                continue;
            }

            using var document = parser.ParseDocument(File.ReadAllText(file));
            if (document.QuerySelector("article.doc") is not { } article || article.ClassList.Contains("is-withdrawn"))
            {
                continue;
            }

            foreach (var crumbs in article.QuerySelectorAll("nav.breadcrumbs").ToList())
            {
                crumbs.Remove();
            }

            pages[SiteUrl.Normalize(relative)] = Space().Replace(SearchText.Normalize(article.TextContent), " ");
        }

        return pages;
    }

    /// <summary>The pages whose text contains <paramref name="meaning"/>.</summary>
    public static IReadOnlySet<string> Containing(IReadOnlyDictionary<string, string> pages, string meaning)
    {
        var needle = SearchText.Normalize(meaning);
        return pages.Where(p => p.Value.Contains(needle, StringComparison.Ordinal)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }
}
