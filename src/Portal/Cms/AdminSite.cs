using System.Text;
using System.Text.Json;
using Portal.Content;
using Portal.Load;
using Portal.Output;
using Portal.Text;

namespace Portal.Cms;

/// <summary>
/// The files of <c>admin/</c>: Decap CMS's bundle and the portal's preview/slug script from
/// <c>theme/admin/</c>, and, generated, <c>index.html</c>, <c>config.yml</c>, the pinyin table and the
/// slugs already taken. Only the web variant adds them (<see cref="Engine.WebVariant"/>); kiosks never.
/// </summary>
public sealed record AdminSite(BuildPaths Paths, CmsLocalBackend? LocalBackend)
{
    public const string Folder = "admin/";

    public IReadOnlyList<OutputFile> Files(SiteConfig site, IEnumerable<ContentItem> items)
    {
        if (site.Cms is not { } settings)
        {
            return [];
        }

        var files = new List<OutputFile>();
        var theme = Path.Combine(Paths.Theme, "admin");
        if (Directory.Exists(theme))
        {
            foreach (var full in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = InputPaths.ToRelative(theme, full);
                if (!InputPaths.IsHidden(relative))
                {
                    files.Add(OutputFile.Copy(Folder + relative, full));
                }
            }
        }

        var config = CmsConfigBuilder.Build(site, settings, RepositoryFolder(Paths.Input), LocalBackend);
        files.Add(OutputFile.Text(Folder + "config.yml", CmsYaml.Write(config)));
        files.Add(OutputFile.Text(Folder + "index.html", IndexHtml(site)));
        files.Add(OutputFile.Text(Folder + "site-data.js", SiteData(items)));
        return files;
    }

    /// <summary>
    /// input/ relative to <see cref="ContentRoot"/>, with '/': what Decap's collection folders (and
    /// decap-server's paths) are relative to.
    /// </summary>
    public static string RepositoryFolder(string input) =>
        Path.GetRelativePath(ContentRoot(input), Path.GetFullPath(input)).Replace('\\', '/') is var relative && relative != "." ? relative : "";

    /// <summary>The repository holding input/ (the nearest folder at or above it with <c>.git</c>), else input/'s parent.</summary>
    public static string ContentRoot(string input)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        for (var dir = full; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
            {
                return dir;
            }
        }

        return Path.GetDirectoryName(full) ?? full;
    }

    private static string IndexHtml(SiteConfig site) => $"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta name="robots" content="noindex">
          <title>内容编辑 · {System.Net.WebUtility.HtmlEncode(site.Title)}</title>
        </head>
        <body>
          <!-- Decap CMS {DecapVersion}, served from this site (theme/admin/); no CDN. -->
          <script src="decap-cms.js"></script>
          <script src="site-data.js"></script>
          <script src="portal-cms.js"></script>
        </body>
        </html>

        """;

    /// <summary>The Decap CMS release vendored in theme/admin/ (tools/cms/update-bundle.sh).</summary>
    public const string DecapVersion = "3.16.3";

    /// <summary>
    /// The pinyin table and the slugs in use, for the slug the form proposes (portal-cms.js): the same
    /// table as <see cref="Pinyin"/>, walked over the BMP since it is keyed by character.
    /// </summary>
    private static string SiteData(IEnumerable<ContentItem> items)
    {
        var bySyllable = new SortedDictionary<string, StringBuilder>(StringComparer.Ordinal);
        for (var c = '\u3400'; c < '\uFFFF'; c++)
        {
            if (Pinyin.Of(c) is { } syllable)
            {
                (bySyllable.TryGetValue(syllable, out var chars) ? chars : bySyllable[syllable] = new StringBuilder()).Append(c);
            }
        }

        // Relaxed escaping keeps the Han characters as they are (half the size of \u escapes); this is a .js file, not HTML.
        var json = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var table = string.Join("\n", bySyllable.Select(p => p.Key + "\t" + p.Value));
        var taken = items.Select(i => i.Slug).Concat(Validate.SiteValidator.ReservedRootNames).Distinct().Order(StringComparer.Ordinal);
        return "window.PORTAL_PINYIN = " + JsonSerializer.Serialize(table, json) + ";\n"
            + "window.PORTAL_TAKEN_SLUGS = " + JsonSerializer.Serialize(taken, json) + ";\n"
            + $"window.PORTAL_SLUG_MAX = {Slugs.MaxLength};\n";
    }
}
