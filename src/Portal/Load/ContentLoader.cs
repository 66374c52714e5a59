using System.Collections.Concurrent;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Load;

/// <summary>Stage 1: read every file under input/ (in parallel) into typed documents.</summary>
public static class ContentLoader
{
    public static LoadedSite? Load(BuildPaths paths, DiagnosticBag diagnostics)
    {
        var inventory = InputScanner.Scan(paths.Input, paths.InputDisplay, diagnostics);
        var config = SiteConfigLoader.Load(inventory.SiteConfigPath, paths.InputDisplay + "/" + InputScanner.SiteConfigFile, diagnostics);
        if (config is null)
        {
            return null;
        }

        var items = new ConcurrentBag<ContentItem>();
        BuildException.Unwrapped(() => Parallel.ForEach(inventory.Documents, source =>
        {
            var display = paths.InputDisplay + "/" + source.RelativePath;
            if (BuildException.For(display, () => LoadOne(source, display, config, diagnostics)) is { } item)
            {
                items.Add(item);
            }
        }));

        var ordered = items.OrderBy(i => i.SourcePath, StringComparer.Ordinal).ToList();
        return new LoadedSite(config, ordered, inventory.Assets);
    }

    public static ContentItem? LoadOne(DocumentSource source, string displayPath, SiteConfig config, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(File.ReadAllBytes(source.FullPath), new SourceSpan(displayPath), diagnostics);
        if (text is null || FrontMatter.Split(text, displayPath, diagnostics) is not { } frontMatter)
        {
            return null;
        }

        return FrontMatterBinder.Bind(source, displayPath, frontMatter, config, diagnostics);
    }
}
