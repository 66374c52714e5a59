using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Load;

/// <summary>Walks input/ and sorts files into documents and assets, following the publishing rules.</summary>
public static class InputScanner
{
    public const string SiteConfigFile = "site.yml";

    public static InputInventory Scan(string inputRoot, string displayRoot, DiagnosticBag diagnostics)
    {
        var documents = new List<DocumentSource>();
        var assets = new List<AssetSource>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var full in Directory.EnumerateFiles(inputRoot, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = InputPaths.ToRelative(inputRoot, full);
            if (InputPaths.IsHidden(relative) || relative is "README.md" or SiteConfigFile)
            {
                continue;
            }

            if (new FileInfo(full).LinkTarget is not null || HasLinkedFolder(inputRoot, full))
            {
                // A link could point anywhere on the machine; publishing it would let content escape input/.
                // LinkTarget reads the link without following it, so a link loop is refused too instead of throwing.
                diagnostics.Error(DiagnosticCodes.PathEscapesInput, new SourceSpan(displayRoot + "/" + relative), "符号链接不会被发布：请把文件本身放进 input 目录。");
                continue;
            }

            var parts = relative.Split('/');
            var section = SectionNames.FromFolder(parts[0]);
            if (!relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                assets.Add(new AssetSource(relative, full));
                continue;
            }

            if (section is { } s && parts.Length == 2)
            {
                documents.Add(new DocumentSource(s, Path.GetFileNameWithoutExtension(parts[1]), relative, full, IsBundle: false));
            }
            else if (section is { } b && parts.Length == 3 && parts[2] == "index.md")
            {
                documents.Add(new DocumentSource(b, parts[1], relative, full, IsBundle: true));
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.InvalidSlug, new SourceSpan(displayRoot + "/" + relative),
                    "这个 Markdown 文件不在栏目文件夹（notices、techniques、policies、pages）的正确位置，不会发布。应写成“栏目/名称.md”或“栏目/名称/index.md”。");
            }
        }

        return new InputInventory(Path.Combine(inputRoot, SiteConfigFile), documents, assets);
    }

    private static bool HasLinkedFolder(string root, string fullPath)
    {
        for (var dir = Path.GetDirectoryName(fullPath); dir is not null && dir.Length > root.Length; dir = Path.GetDirectoryName(dir))
        {
            if (new DirectoryInfo(dir).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
