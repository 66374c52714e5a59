using Portal.Load;
using Portal.SiteModel;
using Portal.Templates;

namespace Portal.Output;

/// <summary>Gathers every file of the finished site: pages, feeds, sitemap, theme assets, content files.</summary>
public static class OutputAssembler
{
    public static IReadOnlyList<OutputFile> Assemble(Site site, IReadOnlyList<RenderedPage> pages, LoadedSite loaded, BuildPaths paths, string? variant = null)
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

        foreach (var feed in site.Feeds)
        {
            files[feed.Path] = OutputFile.Text(feed.Path, FeedWriter.Rss(feed, site.Config, site.Now));
            var atom = FeedWriter.AtomPath(feed.Path);
            files[atom] = OutputFile.Text(atom, FeedWriter.AtomFeed(feed, site.Config, site.Now));
        }

        files["sitemap.xml"] = OutputFile.Text("sitemap.xml", FeedWriter.Sitemap(site.Sitemap, site.Config));
        files["robots.txt"] = OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {site.Config.BaseUrl}sitemap.xml\n");
        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

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
