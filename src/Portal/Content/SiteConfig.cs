namespace Portal.Content;

/// <summary><c>input/site.yml</c>, typed.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Absolute base URL ending in '/', used only where a format needs absolute URLs (feeds, sitemap).</summary>
    public required string BaseUrl { get; init; }

    public string Language { get; init; } = "zh-CN";

    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>Default 发文单位 for notices that do not name one.</summary>
    public string? Issuer { get; init; }

    public Footer Footer { get; init; } = new();

    public IReadOnlyList<string> Categories { get; init; } = [];

    public RegionTree Regions { get; init; } = RegionTree.Empty;

    public IReadOnlyList<KioskProfile> Kiosks { get; init; } = [];

    /// <summary>The <c>cms:</c> section; null when the site has no editors' forms at admin/.</summary>
    public Cms.CmsSettings? Cms { get; init; }
}

public sealed record Footer
{
    public string? Contact { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public string? Icp { get; init; }
}

public sealed record KioskProfile
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Region { get; init; }

    public int IdleSeconds { get; init; } = 90;

    public int AttractSeconds { get; init; } = 8;

    /// <summary>The screen's width in CSS pixels: images are written once, in the size that fits it.</summary>
    public int ScreenWidth { get; init; } = 1920;
}

/// <summary>Counties/districts and their towns, in the order site.yml lists them.</summary>
public sealed record RegionTree(IReadOnlyList<RegionNode> Counties)
{
    public static RegionTree Empty { get; } = new([]);

    /// <summary>True for <c>县</c> or <c>县/镇</c> when both exist in the tree.</summary>
    public bool Contains(string path)
    {
        var parts = path.Split('/');
        var county = Counties.FirstOrDefault(c => c.Name == parts[0]);
        return parts.Length switch
        {
            1 => county is not null,
            2 => county is not null && county.Towns.Contains(parts[1]),
            _ => false,
        };
    }

    public IEnumerable<string> AllPaths() =>
        Counties.SelectMany(c => new[] { c.Name }.Concat(c.Towns.Select(t => c.Name + "/" + t)));
}

public sealed record RegionNode(string Name, IReadOnlyList<string> Towns);
