using Portal.Content;

namespace Portal.Load;

/// <summary>A Markdown document found under a section folder, not yet read.</summary>
public sealed record DocumentSource(Section Section, string Slug, string RelativePath, string FullPath, bool IsBundle);

/// <summary>A file copied to the output as it is (images, PDFs, bundle files). Paths relative to input/, with '/'.</summary>
public sealed record AssetSource(string RelativePath, string FullPath)
{
    /// <summary>Pages live at the site root, so their bundle files do too: <c>pages/about/x.png</c> → <c>about/x.png</c>.</summary>
    public string OutputPath => RelativePath.StartsWith("pages/", StringComparison.Ordinal) ? RelativePath["pages/".Length..] : RelativePath;
}

/// <summary>What the scanner found under input/.</summary>
public sealed record InputInventory(string SiteConfigPath, IReadOnlyList<DocumentSource> Documents, IReadOnlyList<AssetSource> Assets);
