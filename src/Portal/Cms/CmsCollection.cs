namespace Portal.Cms;

/// <summary>
/// A Decap folder collection for one section (decapcms.org/docs/collection-folder). Documents are bundles
/// (<c>slug/index.md</c>, so images and attachments sit beside them): the collection is <c>nested</c>, and
/// the folder name is the entry's <c>meta.path</c>, which Decap keeps out of the front matter.
/// </summary>
public sealed record CmsCollection
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    public required string LabelSingular { get; init; }

    public required string Folder { get; init; }

    public bool Create { get; init; } = true;

    public string Extension { get; init; } = "md";

    public string Format { get; init; } = "frontmatter";

    public string IdentifierField { get; init; } = "title";

    public string? Summary { get; init; }

    public required CmsNested Nested { get; init; }

    public required CmsMeta Meta { get; init; }

    /// <summary>Uploads beside the entry's index.md: the portal resolves image and attachment paths from there.</summary>
    public string MediaFolder { get; init; } = "";

    public string PublicFolder { get; init; } = "";

    public required IReadOnlyList<CmsField> Fields { get; init; }
}

/// <summary>How deep Decap looks for entries: <c>slug.md</c> and <c>slug/index.md</c> are both within depth 2.</summary>
public sealed record CmsNested(int Depth, string Summary);

/// <summary>The entry's folder name, edited in the form but stored only as the path (decapcms.org/docs/collection-nested).</summary>
public sealed record CmsMeta(CmsMetaPath Path);

public sealed record CmsMetaPath(string Label, string Widget, string IndexFile, string Hint)
{
    public bool Required { get; init; }

    public IReadOnlyList<string>? Pattern { get; init; }
}
