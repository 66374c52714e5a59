using Portal.Content;
using Portal.SiteModel;

namespace Portal.KioskBuild;

/// <summary>
/// What kiosk templates read as <c>kiosk</c> (web builds have no <c>kiosk</c>): the profile, and the
/// home page's lists with every candidate in them, because which ones show is decided in the browser
/// from the clock (see assets/kiosk.js); the build only decides what shows without JavaScript.
/// </summary>
public sealed record KioskView(
    KioskProfile Profile,
    string RegionLabel,
    int Month,
    IReadOnlyList<ItemSummary> Alerts,
    IReadOnlyList<ItemSummary> Notices,
    IReadOnlyList<KioskTechnique> Techniques);

/// <summary>A technique with the months it applies to (本月农事), and whether it applies in the build's month.</summary>
public sealed record KioskTechnique(ItemSummary Item, IReadOnlyList<int> Months, bool InMonth)
{
    /// <summary>"3 4 6": what the page's script matches the current month against.</summary>
    public string MonthList => string.Join(' ', Months);
}

/// <summary>The kiosk search page: the on-screen keyboard; results come from the search script in the browser.</summary>
public sealed record KioskSearchView(string Heading);
