using Portal.Content;

namespace Portal.Templates;

/// <summary>
/// <see cref="SitePaths.Relative"/> for the paths templates link every page to, without its allocations:
/// it splits both paths into arrays and joins them again through LINQ, and with a <c>relurl</c> on every
/// link of every page that was a quarter of rendering time. Paths it cannot take the fast way (a segment
/// that needs escaping, an empty segment) go to <see cref="SitePaths.Relative"/>, so the result is the same.
/// </summary>
internal static class RelativeUrl
{
    private const string Index = "index.html";

    private static readonly string[] Ups = [.. Enumerable.Range(0, 8).Select(n => string.Concat(Enumerable.Repeat("../", n)))];

    public static string From(string fromPage, string toPath)
    {
        var fromDir = fromPage.AsSpan(0, fromPage.EndsWith('/') ? fromPage.Length : fromPage.LastIndexOf('/') + 1);
        var to = toPath.AsSpan();
        if (!Plain(fromDir) || !Plain(to))
        {
            return SitePaths.Relative(fromPage, toPath);
        }

        // Skip the folders both share; a shared name must be a folder of the target, not its file.
        var at = 0;
        while (fromDir[at..].IndexOf('/') is var length and >= 0
            && at + length < to.Length && to[at + length] == '/' && to.Slice(at, length).SequenceEqual(fromDir.Slice(at, length)))
        {
            at += length + 1;
        }

        var ups = fromDir[at..].Count('/');
        var rest = to[at..];
        foreach (var c in rest)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/'))
            {
                return SitePaths.Relative(fromPage, toPath); // the segment needs escaping
            }
        }

        var index = to.Length == 0 || to[^1] == '/';
        var up = ups < Ups.Length ? Ups[ups] : string.Concat(Enumerable.Repeat("../", ups));
        return string.Concat(up, rest, index ? Index : "");
    }

    /// <summary>No leading slash and no empty segment: splitting it drops nothing.</summary>
    private static bool Plain(ReadOnlySpan<char> path) => !path.StartsWith("/") && !path.Contains("//", StringComparison.Ordinal);
}
