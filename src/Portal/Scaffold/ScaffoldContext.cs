namespace Portal.Scaffold;

/// <summary>What a template is filled with: the title, today's date in the site's time zone, site settings.</summary>
public sealed record ScaffoldContext(Content.Section Section, string Title, DateOnly Date, Content.SiteConfig Site)
{
    public string Today => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string InAMonth => Date.AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string InAYear => Date.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public int Year => Date.Year;

    public int Month => Date.Month;

    public string? Issuer => Site.Issuer;

    public IReadOnlyList<string> Categories => Site.Categories.Count > 0 ? Site.Categories : ["种植"];

    public string FirstCategory => Categories[0];

    public string FirstRegion => Site.Regions.Counties.FirstOrDefault()?.Name ?? "县市区";
}
