using Portal.Content;
using Portal.SiteModel;

namespace Portal.Posters;

/// <summary>Why an item is on the bulletin; also its order there.</summary>
public enum BulletinGroup
{
    Urgent,
    New,
    ThisMonth,
}

public sealed record BulletinEntry(DocumentView View, BulletinGroup Group);

/// <summary>
/// Chooses the bulletin's items for its date: every current urgent notice, then everything published
/// since the previous issue (the last <see cref="BulletinSettings.Days"/> days, the date included),
/// newest first; techniques for this month (本月农事) fill what is left of the first sheet, never more.
/// </summary>
public static class BulletinSelector
{
    /// <summary>Items on one sheet: two columns of four.</summary>
    public const int PerSheet = 8;

    public static IReadOnlyList<BulletinEntry> Select(IEnumerable<DocumentView> documents, DateOnly date, BulletinSettings settings, TimeZoneInfo timeZone)
    {
        var current = documents
            .Where(PosterStage.HasPoster)
            .OrderByDescending(d => d.Item.Date)
            .ThenBy(d => d.Item.Title, StringComparer.Ordinal)
            .ToList();
        var from = date.AddDays(1 - Math.Max(1, settings.Days));
        DateOnly Local(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, timeZone).DateTime);

        var entries = new List<BulletinEntry>();
        entries.AddRange(current.Where(d => d.Item is Notice { Urgent: true }).Select(d => new BulletinEntry(d, BulletinGroup.Urgent)));
        entries.AddRange(current
            .Where(d => d.Item is not Notice { Urgent: true } && Local(d.Item.Date) >= from && Local(d.Item.Date) <= date)
            .Select(d => new BulletinEntry(d, BulletinGroup.New)));
        if (entries.Count < PerSheet)
        {
            var chosen = entries.Select(e => e.View.Item).ToHashSet(ReferenceEqualityComparer.Instance);
            entries.AddRange(current
                .Where(d => d.Item is Technique t && t.Months.Contains(date.Month) && !chosen.Contains(d.Item))
                .Take(PerSheet - entries.Count)
                .Select(d => new BulletinEntry(d, BulletinGroup.ThisMonth)));
        }

        return entries;
    }

    /// <summary>The first day that counts as new for a bulletin of this date.</summary>
    public static DateOnly From(DateOnly date, BulletinSettings settings) => date.AddDays(1 - Math.Max(1, settings.Days));
}
