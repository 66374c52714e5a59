using Portal.Load;
using Portal.SiteModel;
using Portal.Templates;

namespace Portal.Output;

/// <summary>Gathers every file of the finished site: pages, feeds, sitemap, theme assets, content files.</summary>
public static class OutputAssembler
{
    /// <param name="feeds">The feeds, the sitemap and robots.txt when the caller kept them from a build with the same ones (<see cref="Feeds"/>).</param>
    public static IReadOnlyList<OutputFile> Assemble(Site site, IReadOnlyList<RenderedPage> pages, LoadedSite loaded, BuildPaths paths, string? variant = null, IReadOnlyList<OutputFile>? feeds = null)
    {
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var asset in ThemeAssets(paths, variant))
        {
            files[asset.Path] = asset;
        }

        foreach (var asset in loaded.Assets)
        {
            files[asset.OutputPath] = OutputFile.Copy(asset.OutputPath, asset.FullPath);
        }

        foreach (var page in pages)
        {
            files[page.FilePath] = page.File;
        }

        foreach (var file in feeds ?? Feeds(site))
        {
            files[file.Path] = file;
        }

        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>RSS and Atom of every feed, the sitemap and robots.txt: made of the site model's feeds, sitemap, config and "now" only.</summary>
    public static IReadOnlyList<OutputFile> Feeds(Site site) => [.. Syndication(site), .. Sitemap(site)];

    /// <summary>RSS and Atom of every feed.</summary>
    public static IReadOnlyList<OutputFile> Syndication(Site site)
    {
        var files = new List<OutputFile>();
        foreach (var feed in site.Feeds)
        {
            files.Add(OutputFile.Text(feed.Path, FeedWriter.Rss(feed, site.Config, site.Now)));
            var atom = FeedWriter.AtomPath(feed.Path);
            files.Add(OutputFile.Text(atom, FeedWriter.AtomFeed(feed, site.Config, site.Now)));
        }

        return files;
    }

    /// <summary>The sitemap and robots.txt, which points to it.</summary>
    public static IReadOnlyList<OutputFile> Sitemap(Site site) =>
    [
        OutputFile.Text("sitemap.xml", FeedWriter.Sitemap(site.Sitemap, site.Config)),
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {site.Config.BaseUrl}sitemap.xml\n"),
    ];

    /// <summary>
    /// theme/assets/** → assets/**; each later layer of <see cref="ThemeLayers"/> (input/_theme/assets,
    /// a variant's theme/kiosk/assets) replaces files of the same path.
    /// </summary>
    private static IEnumerable<OutputFile> ThemeAssets(BuildPaths paths, string? variant)
    {
        foreach (var root in ThemeLayers.For(paths, variant).Select(l => Path.Combine(l.Folder, "assets")))
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = "assets/" + InputPaths.ToRelative(root, full);
                if (!InputPaths.IsHidden(relative))
                {
                    yield return OutputFile.Copy(relative, full);
                }
            }
        }
    }
}
