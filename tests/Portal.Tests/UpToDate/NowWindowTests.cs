using Portal.Content;
using Portal.Tests.Support;
using Portal.UpToDate;

namespace Portal.Tests.UpToDate;

public sealed class NowWindowTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("UTC+8", China, "UTC+8", "UTC+8");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, China);

    [Fact]
    public void Without_items_the_window_is_the_local_day()
    {
        var window = NowWindow.Around(Now, Zone, []);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, China), window.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, China), window.Until);
        Assert.True(window.Contains(Now.AddHours(13.99)));
        Assert.False(window.Contains(Now.AddHours(14)));
        Assert.False(window.Contains(Now.AddHours(-10.01)));
    }

    [Fact]
    public void A_scheduled_item_and_a_notice_expiring_today_cut_the_day()
    {
        Notice[] items =
        [
            Item(new DateTimeOffset(2026, 11, 23, 15, 30, 0, China)),
            Item(new DateTimeOffset(2026, 11, 20, 0, 0, 0, China)) with { Expires = new DateTimeOffset(2026, 11, 23, 9, 0, 0, China) },
        ];

        var window = NowWindow.Around(Now, Zone, items);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, China), window.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 30, 0, China), window.Until);
    }

    [Fact]
    public void A_date_in_another_offset_ends_the_window_at_that_offset_s_midnight()
    {
        // Days left until an expiry are counted in the expiry's own offset (UTC here): its day ends 08:00 in China.
        var utc = Item(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)) with { Expires = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero) };

        var window = NowWindow.Around(Now, Zone, [utc]);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, China), window.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, China), window.Until);
    }

    [Fact]
    public void Exactly_holds_for_that_moment_only()
    {
        var window = NowWindow.Exactly(Now);

        Assert.True(window.Contains(Now));
        Assert.False(window.Contains(Now.AddTicks(1)));
        Assert.False(window.Contains(Now.AddTicks(-1)));
    }

    private static Notice Item(DateTimeOffset date) => new(Docs.Page("正文") with { Title = "通知", Date = date });
}
