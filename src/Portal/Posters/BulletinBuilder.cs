using System.Globalization;
using Portal.Content;
using Portal.SiteModel;

namespace Portal.Posters;

/// <summary>Builds the bulletin for the build's "now" from the site's document pages.</summary>
public static class BulletinBuilder
{
    public static Bulletin Build(IEnumerable<DocumentView> documents, SiteConfig config, Labels labels, DateTimeOffset now, BulletinSettings settings)
    {
        var local = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var entries = BulletinSelector.Select(documents, date, settings, config.TimeZone);
        var items = entries.Select(e => Item(e, config, labels)).ToList();
        var sheets = items.Chunk(BulletinSelector.PerSheet).Select(c => (IReadOnlyList<BulletinItem>)c).ToList();
        if (sheets.Count == 0)
        {
            sheets.Add([]);
        }

        var from = BulletinSelector.From(date, settings);
        var window = labels["bulletin_window"]
            .Replace("{0}", from.ToString("M月d日", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{1}", date.ToString("M月d日", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var home = SitePaths.Absolute(config.BaseUrl, "");
        return new Bulletin(config.Title, date.Year, settings.Issue ?? ISOWeek.GetWeekOfYear(local.DateTime), now, window, sheets, home, PosterBuilder.ShortUrl(home));
    }

    private static BulletinItem Item(BulletinEntry entry, SiteConfig config, Labels labels)
    {
        var item = entry.View.Item;
        var absolute = SitePaths.Absolute(config.BaseUrl, item.Url);
        var group = entry.Group switch
        {
            BulletinGroup.Urgent => ("urgent", labels["urgent"]),
            BulletinGroup.New => ("new", labels["bulletin_new"]),
            _ => ("month", labels["this_month"]),
        };
        return new BulletinItem(
            group.Item1,
            group.Item2,
            labels[SectionNames.LabelKey(item.Section)],
            item.Title,
            item.Date,
            entry.View.Summary.Issuer,
            entry.View.Summary.Excerpt,
            absolute,
            PosterBuilder.ShortUrl(absolute),
            QrSvg.For(absolute));
    }
}
