namespace Portal.Content;

/// <summary>
/// URLs between pages are relative and name index.html explicitly, so the same output works under a
/// sub-path of a web server and from file:// (where a folder URL shows a directory listing, not the page).
/// Site paths here are relative to the site root: <c>notices/foo/</c> (a page) or <c>assets/site.css</c> (a file).
/// </summary>
public static class SitePaths
{
    public static string Relative(string fromPage, string toPath)
    {
        var fromDir = fromPage.EndsWith('/') ? fromPage : fromPage[..(fromPage.LastIndexOf('/') + 1)];
        var target = toPath.EndsWith('/') || toPath.Length == 0 ? toPath + "index.html" : toPath;
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        var ups = Enumerable.Repeat("..", fromParts.Length - common);
        return string.Join('/', ups.Concat(toParts.Skip(common).Select(Uri.EscapeDataString)));
    }

    /// <summary>An absolute URL for formats that need one (feeds, sitemap, canonical links, QR codes).</summary>
    public static string Absolute(string baseUrl, string sitePath) =>
        baseUrl + string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Makes a tag, category or region usable as one folder name (no separators or URL specials).</summary>
    public static string Segment(string name)
    {
        var chars = name.Trim().Select(c => char.IsWhiteSpace(c) || c is '/' or '\\' or '?' or '#' or '%' or ':' or '*' or '"' or '<' or '>' or '|' ? '-' : c).ToArray();
        var segment = new string(chars).Trim('.', '-');
        return segment.Length == 0 ? "-" : segment;
    }
}
