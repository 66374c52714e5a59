using AngleSharp.Html.Parser;

namespace Portal.Tests.Support;

/// <summary>Checks that every relative href/src in every HTML file of an output folder points at a file that exists.</summary>
public static class LinkCrawler
{
    public static IReadOnlyList<string> BrokenLinks(string outputRoot)
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputRoot, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputRoot, file);
            if (relative == "404.html")
            {
                continue; // resolves from <base href>, checked separately
            }

            var doc = parser.ParseDocument(File.ReadAllText(file));
            var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
            // A page that carries its poster answers #poster-a4 and #poster-a3 (poster.js shows the sheet).
            if (doc.QuerySelector("template#poster-sheet") is not null)
            {
                ids.UnionWith(["poster-a4", "poster-a3"]);
            }

            foreach (var url in doc.QuerySelectorAll("a[href], link[href], img[src], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = url.IndexOf('#');
                var path = hash >= 0 ? url[..hash] : url;
                var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
                if (path.Length == 0)
                {
                    if (fragment.Length > 0 && !ids.Contains(fragment))
                    {
                        broken.Add($"{relative}: #{fragment}");
                    }

                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
                if (!target.StartsWith(Path.GetFullPath(outputRoot), StringComparison.Ordinal) || !File.Exists(target))
                {
                    broken.Add($"{relative}: {url}");
                }
            }
        }

        return broken;
    }
}
