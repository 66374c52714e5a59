using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Output;
using Portal.Validate;

namespace Portal.Cli.Editing;

/// <summary>
/// Compares two builds' <c>portal-manifest.json</c> (path, size, SHA-256 of every file) and sorts the
/// differences into what a reviewer cares about: content pages added, changed and removed; everything else
/// (lists, tags, feeds, assets) follows from those and is only counted.
/// </summary>
public sealed record ManifestDiff(
    IReadOnlyList<PageChange> Pages,
    IReadOnlyList<(string Path, ChangeKind Kind)> OtherFiles)
{
    private static readonly string[] Sections = ["notices", "techniques", "policies"];

    public static ManifestDiff Compare(BuildManifest old, BuildManifest @new, Func<string, string?> titleOf)
    {
        var before = old.Files.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var after = @new.Files.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var changes = after.Keys.Union(before.Keys).Where(p => p != BuildManifest.FileName).Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Kind: !before.TryGetValue(p, out var b) ? ChangeKind.Added : !after.TryGetValue(p, out var a) ? ChangeKind.Removed : a == b ? (ChangeKind?)null : ChangeKind.Changed))
            .Where(c => c.Kind is not null)
            .Select(c => (c.Path, Kind: c.Kind!.Value))
            .ToList();
        var pages = changes.Where(c => IsContentPage(c.Path))
            .Select(c => new PageChange(c.Path[..^"index.html".Length], c.Kind, c.Kind == ChangeKind.Removed ? null : titleOf(c.Path)))
            .ToList();
        return new ManifestDiff(pages, changes.Where(c => !IsContentPage(c.Path)).ToList());
    }

    /// <summary>A document's own page: <c>notices/slug/index.html</c>, or <c>slug/index.html</c> for a page at the root.</summary>
    public static bool IsContentPage(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            [var section, var slug, "index.html"] => Sections.Contains(section) && SiteValidator.IsValidSlug(slug),
            [var slug, "index.html"] => SiteValidator.IsValidSlug(slug) && !SiteValidator.ReservedRootNames.Contains(slug),
            _ => false,
        };
    }

    /// <summary>Reads a manifest from an output folder or from the manifest file itself.</summary>
    public static BuildManifest? Load(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, BuildManifest.FileName) : path;
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BuildManifest>(File.ReadAllText(file), new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Page titles from a built output folder (the part of &lt;title&gt; before the site name).</summary>
    public static Func<string, string?> TitlesFrom(string? outputFolder)
    {
        if (outputFolder is null || !Directory.Exists(outputFolder))
        {
            return _ => null;
        }

        var parser = new HtmlParser();
        return path =>
        {
            var file = Path.Combine(outputFolder, path);
            if (!File.Exists(file))
            {
                return null;
            }

            var document = parser.ParseDocument(File.ReadAllText(file));
            return document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? h1 : document.Title?.Trim();
        };
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder("<!-- portal-manifest-diff -->\n### 本次改动涉及的页面\n\n");
        text.Append(Headline()).Append('\n');
        foreach (var (kind, label) in new[] { (ChangeKind.Added, "新增"), (ChangeKind.Changed, "修改"), (ChangeKind.Removed, "删除") })
        {
            var pages = Pages.Where(p => p.Kind == kind).ToList();
            if (pages.Count == 0)
            {
                continue;
            }

            text.Append($"\n**{label}的页面**\n\n");
            foreach (var page in pages)
            {
                text.Append("- ").Append(page.Title is { } t ? Escape(t) + " — " : "").Append('`').Append(page.Url).Append("`\n");
            }
        }

        if (OtherFiles.Count > 0)
        {
            text.Append($"\n<details><summary>随之变化的列表、标签、订阅源等其他文件：{OtherFiles.Count} 个</summary>\n\n");
            foreach (var (path, kind) in OtherFiles)
            {
                text.Append("- `").Append(path).Append("`（").Append(Label(kind)).Append("）\n");
            }

            text.Append("\n</details>\n");
        }

        return text.ToString();
    }

    public string ToText()
    {
        var text = new StringBuilder(Headline()).Append('\n');
        foreach (var page in Pages)
        {
            text.Append(page.Kind switch { ChangeKind.Added => "+ ", ChangeKind.Removed => "- ", _ => "~ " })
                .Append(page.Url).Append(page.Title is { } t ? "  " + t : "").Append('\n');
        }

        return text.ToString();
    }

    private string Headline()
    {
        int Count(ChangeKind k) => Pages.Count(p => p.Kind == k);
        return Pages.Count == 0 && OtherFiles.Count == 0
            ? "与对比的构建相比，没有任何文件变化。"
            : $"与对比的构建相比：新增 {Count(ChangeKind.Added)} 个页面，修改 {Count(ChangeKind.Changed)} 个，删除 {Count(ChangeKind.Removed)} 个；其他文件变化 {OtherFiles.Count} 个。";
    }

    private static string Label(ChangeKind kind) => kind switch { ChangeKind.Added => "新增", ChangeKind.Removed => "删除", _ => "修改" };

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if ("\\`*_[]<>|#".Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}

public enum ChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>A content page that differs between two builds: its URL (relative to the site), and its title when known.</summary>
public sealed record PageChange(string Url, ChangeKind Kind, string? Title);
