using Portal.Content;
using Portal.Html;

namespace Portal.KioskBuild;

/// <summary>Which documents a kiosk shows: those for everywhere, and those whose regions overlap the kiosk's.</summary>
public static class KioskTargeting
{
    /// <summary>
    /// An item without regions shows everywhere. An item for a county (<c>北湖区</c>) shows on kiosks in
    /// that county and in its towns; an item for a town shows on that town's kiosk and on a kiosk that
    /// serves the whole county. A kiosk without a region (a city-wide one) shows everything.
    /// </summary>
    public static bool Shows(IReadOnlyList<string> itemRegions, string? kioskRegion) =>
        itemRegions.Count == 0
        || string.IsNullOrEmpty(kioskRegion)
        || itemRegions.Any(r => Within(kioskRegion, r) || Within(r, kioskRegion));

    public static IReadOnlyList<ProcessedDocument> Select(IReadOnlyList<ProcessedDocument> documents, KioskProfile profile) =>
        documents.Where(d => Shows(d.Item.Regions, profile.Region)).ToList();

    /// <summary>True when <paramref name="path"/> is <paramref name="area"/> or lies inside it (segment-wise: 北湖区 is not inside 北湖).</summary>
    private static bool Within(string path, string area) =>
        path == area || path.StartsWith(area + "/", StringComparison.Ordinal);
}
