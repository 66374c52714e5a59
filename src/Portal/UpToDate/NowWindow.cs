using Portal.Content;

namespace Portal.UpToDate;

/// <summary>
/// The stretch of time around a build's "now" in which nothing the build made would come out differently:
/// what depends on "now" depends on the day (home page's 本月农事, the search index's today, the bulletin's
/// week and items, the sitemap's dates, "expires in N days"), or on an item crossing one of its own
/// instants (a scheduled date arriving, a notice expiring, a technique's review falling due). So the
/// window ends at the next midnight, in the site's time zone and in every offset those dates carry, or at
/// the next such instant, whichever comes first.
/// </summary>
public readonly record struct NowWindow(DateTimeOffset From, DateTimeOffset Until)
{
    public bool Contains(DateTimeOffset now) => From <= now && now < Until;

    /// <summary>Only this very moment: for a theme that prints the clock (<c>build_now</c>, <c>date.now</c>).</summary>
    public static NowWindow Exactly(DateTimeOffset now) => new(now, now.AddTicks(1));

    public static NowWindow Around(DateTimeOffset now, TimeZoneInfo zone, IEnumerable<ContentItem> items)
    {
        var instants = items.SelectMany(Instants).ToList();
        var (from, until) = Day(now, zone);
        foreach (var offset in instants.Select(i => i.Offset).Append(now.Offset).Distinct())
        {
            var start = new DateTimeOffset(now.ToOffset(offset).Date, offset);
            (from, until) = (Later(from, start), Earlier(until, start.AddDays(1)));
        }

        foreach (var instant in instants)
        {
            (from, until) = instant <= now ? (Later(from, instant), until) : (from, Earlier(until, instant));
        }

        return new NowWindow(from, until);
    }

    /// <summary>The moments at which <see cref="Publication.StateOf"/> or a freshness reminder changes for the item.</summary>
    private static IEnumerable<DateTimeOffset> Instants(ContentItem item)
    {
        yield return item.Date;
        if (item is Notice { Expires: { } expires })
        {
            yield return Publication.EndOf(expires);
        }

        if (item is Technique technique)
        {
            yield return Publication.EndOf(Validate.FreshnessRules.ReviewDate(technique));
        }
    }

    private static (DateTimeOffset From, DateTimeOffset Until) Day(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime.Date;
        var next = local.AddDays(1);
        return (new DateTimeOffset(local, zone.GetUtcOffset(local)), new DateTimeOffset(next, zone.GetUtcOffset(next)));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
