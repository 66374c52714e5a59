namespace Portal.Cli.Commands;

/// <summary>
/// The posters of a built site: the document pages that carry a poster sheet (only current notices,
/// techniques and policies do; the build decided, so the built page is the one place to ask).
/// </summary>
public static class PosterPages
{
    /// <summary>The marker every page with a poster carries (partial poster-sheet.html).</summary>
    public const string Marker = "<template id=\"poster-sheet\"";

    private static readonly string[] Sections = ["notices", "techniques", "policies"];

    /// <summary>The page file of <c>notices/foo</c> when it has a poster; null otherwise.</summary>
    public static string? Find(string site, string target)
    {
        var file = Path.Combine(site, target, "index.html");
        return File.Exists(file) && File.ReadAllText(file).Contains(Marker, StringComparison.Ordinal) ? file : null;
    }

    /// <summary>Every poster of the site as <c>notices/foo</c>, in order.</summary>
    public static IReadOnlyList<string> All(string site) =>
        [.. Sections
            .Where(section => Directory.Exists(Path.Combine(site, section)))
            .SelectMany(section => Directory.EnumerateDirectories(Path.Combine(site, section)).Select(d => section + "/" + Path.GetFileName(d)))
            .Where(target => Find(site, target) is not null)
            .Order(StringComparer.Ordinal)];
}
